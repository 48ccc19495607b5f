namespace IndustryPlatform.Indicators.Domain.Plan;

/// <summary>计划调整记录 — one value a target was set to: who set it, when and why. Appended, never changed.</summary>
public sealed class PlanTargetChange
{
    public long Id { get; init; }
    public required string IndicatorCode { get; init; }
    public required string RegionCode { get; init; }
    public required int Year { get; init; }
    public required string ChainCode { get; init; }
    /// <summary>The target's version this value became.</summary>
    public required int Version { get; init; }
    public required decimal Value { get; init; }
    /// <summary>Null for the first value.</summary>
    public decimal? PreviousValue { get; init; }
    public required string Reason { get; init; }
    /// <summary>The client (or the person signed in through it) whose token set it; "seed:…" for a seeded plan.</summary>
    public required string SetBy { get; init; }
    public required DateTimeOffset SetAt { get; init; }
}
