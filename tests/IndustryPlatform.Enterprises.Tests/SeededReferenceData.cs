using System.Text.Json;
using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Tests;

/// <summary>The districts and chains exactly as seeds/ defines them (the files are copied beside the service's build output).</summary>
internal static class SeededReferenceData
{
    public static readonly RegistryReferenceData Registry = Load();

    private static RegistryReferenceData Load()
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        using var regions = JsonDocument.Parse(File.ReadAllText(Path.Combine(seeds, "regions.json")));
        using var chains = JsonDocument.Parse(File.ReadAllText(Path.Combine(seeds, "industry-chains.json")));

        var districts = regions.RootElement.GetProperty("regions").EnumerateArray()
            .Where(r => r.GetProperty("kind").GetString() == "District")
            .Select(r => r.GetProperty("code").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
        var chainCodes = chains.RootElement.GetProperty("chains").EnumerateArray()
            .Select(c => c.GetProperty("code").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
        return new RegistryReferenceData(districts, chainCodes);
    }
}
