namespace IndustryPlatform.Rules;

/// <summary>The economy's figures: submissions row by row, series, summaries, rankings, bulletins.</summary>
public static partial class RuleCodes
{
    public static class Indicator
    {
        public static readonly RuleCode Unknown = Define("indicator.unknown");
        public static readonly RuleCode CountedFromEvents = Define("indicator.counted-from-events");
        /// <summary>只有全市数 — the catalogue holds the indicator for the city only: there are no district figures to compare.</summary>
        public static readonly RuleCode CityOnly = Define("indicator.city-only");
    }

    public static class Period
    {
        public static readonly RuleCode Invalid = Define("period.invalid");
        public static readonly RuleCode FrequencyMismatch = Define("period.frequency-mismatch");
        public static readonly RuleCode InFuture = Define("period.in-future");
    }

    public static class Basis
    {
        public static readonly RuleCode Invalid = Define("basis.invalid");
        public static readonly RuleCode NotForPeriod = Define("basis.not-for-period");
    }

    public static class Value
    {
        public static readonly RuleCode Required = Define("value.required");
        /// <summary>A warning: a summed level below zero, kept as sent.</summary>
        public static readonly RuleCode Negative = Define("value.negative");
    }

    public static class Unit
    {
        public static readonly RuleCode Mismatch = Define("unit.mismatch");
    }

    public static class Cumulative
    {
        public static readonly RuleCode FallingWithinYear = Define("cumulative.falling-within-year");
    }

    /// <summary>A warning: the row needs confirmation.</summary>
    public static class Growth
    {
        public static readonly RuleCode OutsidePlausibleBand = Define("growth.outside-plausible-band");
    }

    /// <summary>A warning kept on the city's figure.</summary>
    public static class Districts
    {
        public static readonly RuleCode NotReconciling = Define("districts.not-reconciling");
    }

    public static class Batch
    {
        public static readonly RuleCode Size = Define("batch.size");
    }

    public static class Csv
    {
        public static readonly RuleCode Header = Define("csv.header");
    }

    /// <summary>A from–to range of periods.</summary>
    public static class Range
    {
        public static readonly RuleCode Invalid = Define("range.invalid");
        public static readonly RuleCode TooLong = Define("range.too-long");
    }

    public static class AsOf
    {
        public static readonly RuleCode Invalid = Define("as-of.invalid");
    }

    public static class Observation
    {
        public static readonly RuleCode NotFound = Define("observation.not-found");
        public static readonly RuleCode ConcurrentRevision = Define("observation.concurrent-revision");
    }

    /// <summary>年度计划 — a target the city sets for an indicator, a district or a chain (plan.* beside the projects' planned dates, RuleCodes.Plan).</summary>
    public static class AnnualPlan
    {
        public static readonly RuleCode IndicatorUnknown = Define("plan.indicator-unknown");
        public static readonly RuleCode RegionUnknown = Define("plan.region-unknown");
        /// <summary>The catalogue keeps the indicator for the city only (工业对GDP增长的贡献率 …): a district has no figure to measure.</summary>
        public static readonly RuleCode DistrictForCityOnlyIndicator = Define("plan.district-for-city-only-indicator");
        /// <summary>A chain target for an indicator that is not a count of projects the registry can split by chain.</summary>
        public static readonly RuleCode ChainNotCounted = Define("plan.chain-not-counted");
        /// <summary>Chain targets are the city's: the chains cut across the districts.</summary>
        public static readonly RuleCode ChainForDistrict = Define("plan.chain-for-district");
        public static readonly RuleCode ValueNegative = Define("plan.value-negative");
        public static readonly RuleCode ReasonRequired = Define("plan.reason-required");
        public static readonly RuleCode ReasonTooLong = Define("plan.reason-too-long");
        public static readonly RuleCode YearOutOfRange = Define("plan.year-out-of-range");
        /// <summary>The indicators' yellow tolerance: more than 0 and at most 100 percentage points.</summary>
        public static readonly RuleCode ToleranceOutOfRange = Define("plan.tolerance-out-of-range");
        /// <summary>A project turns yellow at least a day overdue, red later than yellow.</summary>
        public static readonly RuleCode OverdueDaysOutOfOrder = Define("plan.overdue-days-out-of-order");
        /// <summary>The target changed since the caller read it (or exists where the caller expected none) → 409.</summary>
        public static readonly RuleCode VersionConflict = Define("plan.version-conflict");
    }
}
