using System.Text.Json;

namespace IndustryPlatform.Bench;

/// <summary>What the seeds give the bench to work on: demo enterprises (one per district) from seeds/demo-enterprises.json.</summary>
public sealed record DemoEnterprise(string CreditCode, string DistrictCode, string? ChainCode);

public static class DemoData
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IndustryPlatform.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    public static IReadOnlyList<DemoEnterprise> Enterprises()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "seeds", "demo-enterprises.json")));
        return json.RootElement.GetProperty("enterprises").EnumerateArray()
            .Select(e => new DemoEnterprise(
                e.GetProperty("creditCode").GetString()!,
                e.GetProperty("districtCode").GetString()!,
                e.TryGetProperty("chainCode", out var chain) && chain.ValueKind == JsonValueKind.String ? chain.GetString() : null))
            .ToList();
    }

    /// <summary>The first demo enterprise of each district that has one with an industry chain.</summary>
    public static IReadOnlyList<DemoEnterprise> OnePerDistrict() =>
        Enterprises().Where(e => e.ChainCode is not null).GroupBy(e => e.DistrictCode).Select(g => g.First()).ToList();
}
