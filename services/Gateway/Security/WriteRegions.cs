using System.Text.Json;

namespace IndustryPlatform.Gateway.Security;

/// <summary>
/// The regions a REST write names in its body: "districtCode", "regionCode" (or "district", "region") at the top level or in each of
/// its "rows", and the region_code column of a CSV batch. A write naming no region (advancing a project by its id)
/// is left to the service, which knows the record's district.
/// </summary>
public static class WriteRegions
{
    // Compared without underscores and case: districtCode, district_code and DistrictCode are one field.
    private static readonly string[] RegionFields = ["districtcode", "regioncode", "district", "region"];

    public static IReadOnlySet<string> InJson(ReadOnlySpan<byte> body)
    {
        var regions = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            using var document = JsonDocument.ParseValue(ref reader);
            Collect(document.RootElement, regions);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && TryGet(document.RootElement, "rows") is { ValueKind: JsonValueKind.Array } rows)
            {
                foreach (var row in rows.EnumerateArray())
                {
                    Collect(row, regions);
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string that is not valid UTF-16 (a lone surrogate).
            // Not JSON: the service answers that with a 400 naming the position; nothing is written either way.
        }

        return regions;
    }

    public static IReadOnlySet<string> InCsv(string body)
    {
        var regions = new HashSet<string>(StringComparer.Ordinal);
        using var lines = new StringReader(body);
        var header = lines.ReadLine()?.Split(',').Select(h => h.Trim().Trim('"')).ToList();
        var column = header?.FindIndex(h => h.Replace("_", "", StringComparison.Ordinal).Equals("regionCode", StringComparison.OrdinalIgnoreCase)) ?? -1;
        if (column < 0)
        {
            return regions;
        }

        while (lines.ReadLine() is { } line)
        {
            var cells = line.Split(',');
            if (cells.Length > column && cells[column].Trim().Trim('"') is { Length: > 0 } region)
            {
                regions.Add(region);
            }
        }

        return regions;
    }

    private static void Collect(JsonElement element, HashSet<string> regions)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && IsRegionField(property.Name) && property.Value.GetString() is { Length: > 0 } region)
            {
                regions.Add(region);
            }
        }
    }

    private static bool IsRegionField(string name) =>
        RegionFields.Contains(name.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant(), StringComparer.Ordinal);

    private static JsonElement? TryGet(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals(name) || property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
