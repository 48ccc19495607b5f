using IndustryPlatform.Indicators.Domain.Derived;
using IndustryPlatform.Rules;

namespace IndustryPlatform.Indicators.Domain.Plan;

/// <summary>
/// The named rules a target passes before it is stored. Refusals: an indicator not in the catalogue, a region that is
/// neither the city nor one of its districts, a district target for an indicator kept for the city only, a chain target
/// for anything but a count of projects or for a district, a negative level or count, no reason, a year far from now; for the light thresholds, a tolerance outside (0, 100]
/// points and overdue days out of order.
/// </summary>
public static class PlanRules
{
    /// <summary>How far back a plan may still be corrected and how far ahead one may be set.</summary>
    public const int YearsBack = 10;
    public const int YearsAhead = 5;

    public const int ReasonMaxLength = 500;

    /// <summary>Ten years: no stage is planned further past its date than that.</summary>
    public const int MaxOverdueDays = 3650;

    /// <summary>numeric(20, 4), as the figures are kept.</summary>
    public static readonly StoredNumber Stored = new(20, 4);

    /// <summary>Every broken rule of <paramref name="setting"/>; empty when it may be stored.</summary>
    public static IReadOnlyList<RuleViolation> Check(TargetSetting setting, Catalogue catalogue, IReadOnlySet<string> chains, int currentYear)
    {
        var violations = new List<RuleViolation>();
        var indicator = catalogue.Find(setting.IndicatorCode);
        if (indicator is null)
        {
            violations.Add(new("indicator_code", RuleCodes.AnnualPlan.IndicatorUnknown, $"'{setting.IndicatorCode}' is not in the indicator catalogue."));
        }

        var isDistrict = catalogue.Districts.Contains(setting.RegionCode ?? "");
        if (setting.RegionCode != Catalogue.CityCode && !isDistrict)
        {
            violations.Add(new("region_code", RuleCodes.AnnualPlan.RegionUnknown,
                $"'{setting.RegionCode}' is neither the city ({Catalogue.CityCode}) nor one of its districts ({string.Join(", ", catalogue.Districts)}); the plan is set for them only."));
        }

        if (indicator is { Aggregation: Aggregation.None } && isDistrict)
        {
            violations.Add(new("region_code", RuleCodes.AnnualPlan.DistrictForCityOnlyIndicator,
                $"{indicator.Code} is kept for the city only; a district has no figure of it to measure against a target."));
        }

        if (setting.ChainCode is { } chain)
        {
            if (!chains.Contains(chain))
            {
                violations.Add(new("chain_code", RuleCodes.Chain.Unknown, $"'{chain}' is not an industry chain."));
            }
            else if (indicator is not null && !IsCountedByChain(indicator))
            {
                violations.Add(new("chain_code", RuleCodes.AnnualPlan.ChainNotCounted,
                    $"{indicator.Code} is not a count of projects the registry splits by chain; only those have chain targets."));
            }

            if (isDistrict)
            {
                violations.Add(new("chain_code", RuleCodes.AnnualPlan.ChainForDistrict, "A chain's target is the city's; a district's target is for the whole district."));
            }
        }

        if (indicator is not null && !indicator.IsPercentage && setting.Value < 0m)
        {
            violations.Add(new("value", RuleCodes.AnnualPlan.ValueNegative, $"{indicator.Code} is a level or count ({indicator.Unit}); its target cannot be negative ({setting.Value})."));
        }

        if (Stored.Check(setting.Value, "value") is { } stored)
        {
            violations.Add(stored);
        }

        CheckReasonAndYear(setting.Reason, setting.Year, currentYear, violations);
        return violations;
    }

    private static void CheckReasonAndYear(string? reason, int year, int currentYear, List<RuleViolation> violations)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            violations.Add(new("reason", RuleCodes.AnnualPlan.ReasonRequired, "Say why the plan is set or changed (the history keeps it)."));
        }
        else if (reason.Length > ReasonMaxLength)
        {
            violations.Add(new("reason", RuleCodes.AnnualPlan.ReasonTooLong, $"A reason is at most {ReasonMaxLength} characters; this one has {reason.Length}."));
        }

        if (year < currentYear - YearsBack || year > currentYear + YearsAhead)
        {
            violations.Add(new("year", RuleCodes.AnnualPlan.YearOutOfRange,
                $"A plan is set for {currentYear - YearsBack}–{currentYear + YearsAhead}; {year} is outside."));
        }
    }

    /// <summary>Every broken rule of a year's light thresholds; empty when they may be stored.</summary>
    public static IReadOnlyList<RuleViolation> Check(ThresholdsSetting setting, int currentYear)
    {
        var violations = new List<RuleViolation>();
        if (setting.IndicatorYellowTolerance is <= 0m or > 100m)
        {
            violations.Add(new("indicator_yellow_tolerance", RuleCodes.AnnualPlan.ToleranceOutOfRange,
                $"The yellow tolerance is in percentage points behind pace, more than 0 and at most 100; {setting.IndicatorYellowTolerance} is not."));
        }
        else if (Stored.Check(setting.IndicatorYellowTolerance, "indicator_yellow_tolerance") is { } stored)
        {
            violations.Add(stored);
        }

        if (setting.ProjectYellowAfterDays < 1 || setting.ProjectRedAfterDays <= setting.ProjectYellowAfterDays || setting.ProjectRedAfterDays > MaxOverdueDays)
        {
            violations.Add(new("project_red_after_days", RuleCodes.AnnualPlan.OverdueDaysOutOfOrder,
                $"A project turns yellow at least 1 day overdue and red later, within {MaxOverdueDays} days; {setting.ProjectYellowAfterDays} then {setting.ProjectRedAfterDays} is not."));
        }

        CheckReasonAndYear(setting.Reason, setting.Year, currentYear, violations);
        return violations;
    }

    /// <summary>Refuses thresholds set against another version than the year's (0 for a year never set).</summary>
    public static void EnsureVersion(LightThresholds? current, ThresholdsSetting setting)
    {
        var version = current?.Version ?? 0;
        if (version != setting.ExpectedVersion)
        {
            throw new ConcurrencyConflictException(RuleCodes.AnnualPlan.VersionConflict,
                $"The light thresholds of {setting.Year} are at version {version}, not {setting.ExpectedVersion}: read them again and resend.");
        }
    }

    /// <summary>A first value is made against version 0; a change against the version it read. Refuses any other (409).</summary>
    public static void EnsureVersion(Target? current, TargetSetting setting)
    {
        if (current is null && setting.ExpectedVersion != 0)
        {
            throw new ConcurrencyConflictException(RuleCodes.AnnualPlan.VersionConflict,
                $"There is no target of {setting.IndicatorCode} for {setting.RegionCode} in {setting.Year} yet: a first value is set with expected version 0, not {setting.ExpectedVersion}.");
        }

        if (current is not null && current.Version != setting.ExpectedVersion)
        {
            throw new ConcurrencyConflictException(RuleCodes.AnnualPlan.VersionConflict,
                $"The target of {current.IndicatorCode} for {current.RegionCode}{(current.Chain is null ? "" : $" ({current.Chain})")} in {current.Year} is at version {current.Version}, not {setting.ExpectedVersion}: read it again and resend.");
        }
    }

    /// <summary>
    /// 按产业链 — a count of projects (new filed, started, completed, in production …) not already narrowed to chains:
    /// the registry knows each project's chain, so the city's count splits by chain.
    /// </summary>
    public static bool IsCountedByChain(Indicator indicator) =>
        indicator.Derived is { Facts: FactKind.Projects, Measure: Measure.Count } derived
        && derived.Filter.Chains is null && derived.Filter.ChainKind is null;
}
