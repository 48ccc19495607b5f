using System.Text.Json;
using System.Text.Json.Serialization;

namespace IndustryPlatform.Rules;

/// <summary>
/// The stable name of a rule that refused a request or warned about a row, e.g. <c>credit-code.check-character</c>: the
/// subject, a dot, what about it, both in lower-case kebab. Clients switch on it; every one is defined in
/// <see cref="RuleCodes"/>, so a refusal cannot name a rule the catalogue does not list.
/// </summary>
[JsonConverter(typeof(RuleCodeJsonConverter))]
public readonly struct RuleCode : IEquatable<RuleCode>
{
    private readonly string? _value;

    internal RuleCode(string value) => _value = value;

    public string Value => _value ?? throw new InvalidOperationException("An empty rule code; take one from RuleCodes.");

    public bool Equals(RuleCode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is RuleCode other && Equals(other);

    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    public override string ToString() => _value ?? string.Empty;

    public static bool operator ==(RuleCode left, RuleCode right) => left.Equals(right);

    public static bool operator !=(RuleCode left, RuleCode right) => !left.Equals(right);

    public static implicit operator string(RuleCode code) => code.Value;
}

/// <summary>A rule code is written as its text; reading one back accepts only codes of the catalogue.</summary>
public sealed class RuleCodeJsonConverter : JsonConverter<RuleCode>
{
    public override RuleCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        RuleCodes.TryFind(reader.GetString(), out var code) ? code : throw new JsonException($"'{reader.GetString()}' is not a rule code of the catalogue.");

    public override void Write(Utf8JsonWriter writer, RuleCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
