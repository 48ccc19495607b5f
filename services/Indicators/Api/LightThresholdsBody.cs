using IndustryPlatform.BuildingBlocks.Json;
using IndustryPlatform.Indicators.Domain.Plan;
using IndustryPlatform.Rules;

namespace IndustryPlatform.Indicators.Api;

/// <summary>PUT body: a year's light thresholds whole, the reason, and the version read (0: never set). Every field must be sent.</summary>
[EveryFieldRequired]
public sealed record LightThresholdsBody
{
    public int? Year { get; init; }

    public decimal? IndicatorYellowTolerance { get; init; }

    public int? ProjectYellowAfterDays { get; init; }

    public int? ProjectRedAfterDays { get; init; }

    public string? Reason { get; init; }

    public int? ExpectedVersion { get; init; }

    public ThresholdsSetting ToSetting()
    {
        var missing = new List<RuleViolation>();
        void Require(object? value, string field, RuleCode rule)
        {
            if (value is null)
            {
                missing.Add(new(field, rule, $"{field} is required."));
            }
        }

        Require(Year, "year", RuleCodes.Year.Required);
        Require(IndicatorYellowTolerance, "indicatorYellowTolerance", RuleCodes.Value.Required);
        Require(ProjectYellowAfterDays, "projectYellowAfterDays", RuleCodes.Value.Required);
        Require(ProjectRedAfterDays, "projectRedAfterDays", RuleCodes.Value.Required);
        Require(ExpectedVersion, "expectedVersion", RuleCodes.ExpectedVersion.Required);
        InvalidInputException.ThrowIfAny(missing);
        return new ThresholdsSetting(Year!.Value, IndicatorYellowTolerance!.Value, ProjectYellowAfterDays!.Value, ProjectRedAfterDays!.Value, Reason, ExpectedVersion!.Value);
    }
}
