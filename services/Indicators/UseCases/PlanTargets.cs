using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Domain.Plan;

namespace IndustryPlatform.Indicators.UseCases;

/// <summary>A target of the plan as it stands, with the indicator's name and unit and who set its value last.</summary>
/// <param name="ChainCode">Null for the region's own target.</param>
public sealed record PlanTargetView(
    string IndicatorCode, string NameZh, string Unit, string RegionCode, string? ChainCode, int Year, decimal Value, int Version,
    string? SetBy, DateTimeOffset? SetAt, string? Reason);

/// <summary>One value a target was set to.</summary>
public sealed record PlanTargetChangeView(
    string IndicatorCode, string RegionCode, string? ChainCode, int Year, int Version, decimal Value, decimal? PreviousValue,
    string Reason, string SetBy, DateTimeOffset SetAt)
{
    public static PlanTargetChangeView From(PlanTargetChange change) => new(
        change.IndicatorCode, change.RegionCode, change.ChainCode == Target.WholeRegion ? null : change.ChainCode, change.Year,
        change.Version, change.Value, change.PreviousValue, change.Reason, change.SetBy, change.SetAt);
}

/// <summary>Which targets to list; each filter left out lets all through.</summary>
public sealed record PlanQuery(int? Year, string? IndicatorCode, string? RegionCode, string? ChainCode);
