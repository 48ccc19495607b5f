using System.Text.Json;
using System.Text.Json.Serialization;
using IndustryPlatform.Indicators.Domain.Derived;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace IndustryPlatform.Indicators.Data;

/// <summary>An indicator's derived declaration stored as the catalogue writes it (jsonb, camelCase, nulls left out).</summary>
public static class DerivedColumn
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(DerivedFigure derived) => JsonSerializer.Serialize(derived, Json);

    public static DerivedFigure Read(string json) =>
        JsonSerializer.Deserialize<DerivedFigure>(json, Json) ?? throw new InvalidOperationException("An empty derived declaration is stored.");

    /// <summary>Records compare by value, but their lists do not: compare what is stored.</summary>
    public static readonly ValueComparer<DerivedFigure?> Comparer = new(
        (a, b) => (a == null ? null : Write(a)) == (b == null ? null : Write(b)),
        d => d == null ? 0 : Write(d).GetHashCode(StringComparison.Ordinal),
        d => d == null ? null : Read(Write(d)));
}
