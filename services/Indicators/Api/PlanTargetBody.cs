using IndustryPlatform.BuildingBlocks.Json;
using IndustryPlatform.Indicators.Domain.Plan;
using IndustryPlatform.Rules;

namespace IndustryPlatform.Indicators.Api;

/// <summary>
/// PUT body: the target whole — indicator, region, chain (null: the region's own), year, value, reason — and the version
/// it was read at (0: none yet). Every field must be sent, so nothing is set by leaving it out.
/// </summary>
[EveryFieldRequired]
public sealed record PlanTargetBody
{
    public string? IndicatorCode { get; init; }

    public string? RegionCode { get; init; }

    public string? ChainCode { get; init; }

    public int? Year { get; init; }

    public decimal? Value { get; init; }

    public string? Reason { get; init; }

    public int? ExpectedVersion { get; init; }

    public TargetSetting ToSetting()
    {
        var missing = new List<RuleViolation>();
        if (Year is null)
        {
            missing.Add(new("year", RuleCodes.Year.Required, "year is required: the plan's year."));
        }

        if (Value is null)
        {
            missing.Add(new("value", RuleCodes.Value.Required, "value is required: the target's value in the indicator's unit."));
        }

        if (ExpectedVersion is null)
        {
            missing.Add(new("expectedVersion", RuleCodes.ExpectedVersion.Required, "expectedVersion is required: the version read, 0 for a first value."));
        }

        InvalidInputException.ThrowIfAny(missing);
        return new TargetSetting(IndicatorCode, RegionCode, string.IsNullOrEmpty(ChainCode) ? null : ChainCode, Year!.Value, Value!.Value, Reason, ExpectedVersion!.Value);
    }
}
