namespace IndustryPlatform.Indicators.Domain;

/// <summary>
/// 年度计划 — the plan's current value for an indicator in a region (the city or a district), for the whole region or,
/// for a count of projects, one industry chain of the city. Every change is also kept in <see cref="Plan.PlanTargetChange"/>.
/// </summary>
public sealed class Target
{
    /// <summary>The chain code of a target for the whole region (no chain): the primary key cannot hold a null.</summary>
    public const string WholeRegion = "";

    public required string IndicatorCode { get; init; }
    public required string RegionCode { get; init; }
    public required int Year { get; init; }
    /// <summary>产业链 for a chain's target; <see cref="WholeRegion"/> for the region's own.</summary>
    public string ChainCode { get; init; } = WholeRegion;
    public required decimal Value { get; set; }
    /// <summary>1 for the first value, one more for each change; a change names the version it was made against.</summary>
    public int Version { get; set; } = 1;

    public string? Chain => ChainCode == WholeRegion ? null : ChainCode;

    /// <summary>The new value, one version on (the version was checked by <see cref="Plan.PlanRules.EnsureVersion"/>).</summary>
    public void Change(decimal value)
    {
        Value = value;
        Version++;
    }
}
