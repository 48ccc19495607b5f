using IndustryPlatform.Rules;
using IndustryPlatform.Indicators.Domain.Computation;

namespace IndustryPlatform.Indicators.Domain;

/// <summary>The checked form of a row that passed the rules.</summary>
public sealed record CheckedRow(Indicator Indicator, string RegionCode, Period Period, Basis Basis, decimal Value);

public sealed record RowVerdict(RowOutcome Outcome, CheckedRow? Row, IReadOnlyList<RowFinding> Findings)
{
    public IEnumerable<string> WarningRules => Findings.Select(f => f.Rule.Value);
}

/// <summary>
/// The named rules every submitted figure passes. Refusals: unknown indicator or region, a bad or future period, a unit that does not match the catalogue, a cumulative value that falls within a year.
/// Warnings: growth outside the plausible band (needs confirmation), a summed level below zero, districts not reconciling with the city (kept on the city figure).
/// </summary>
public static class ObservationRules
{
    /// <summary>Tolerance for districts vs city: 0.1 percentage point for percentages, 1% of the city figure otherwise.</summary>
    public const decimal PercentTolerance = 0.1m;
    public const decimal RelativeTolerance = 0.01m;

    /// <summary>
    /// region.not-yours: a district writing another region's figure. Not a row's refusal but the whole request's
    /// (403 / PERMISSION_DENIED), as every other write of another district's data is; throws for the first such row.
    /// </summary>
    /// <param name="firstRow">The number of the first of <paramref name="rows"/> in what the client sent (a stream's later part).</param>
    public static void EnsureOwnRegions(IReadOnlyList<SubmittedRow> rows, Submitter submitter, Catalogue catalogue, int firstRow = 0)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (catalogue.Region(rows[i].RegionCode) is { } region && !submitter.MayWrite(region.Code, catalogue))
            {
                throw new ForbiddenException(RuleCodes.Region.NotYours,
                    $"Client '{submitter.ClientId}' speaks for region '{submitter.Region}' and may not write figures of region '{region.Code}' (row {firstRow + i}); none of these rows was stored.");
            }
        }
    }

    public static RowVerdict Check(SubmittedRow row, Submitter submitter, Catalogue catalogue, ObservationBook book, DateOnly today)
    {
        var refusals = new List<RowFinding>();
        var indicator = catalogue.Find(row.IndicatorCode);
        if (indicator is null)
        {
            refusals.Add(new("indicator_code", RuleCodes.Indicator.Unknown, $"'{row.IndicatorCode}' is not in the indicator catalogue."));
        }

        var region = catalogue.Region(row.RegionCode);
        if (indicator is not null && region is not null && catalogue.IsDerived(indicator) && catalogue.IsCountedFromFacts(region.Code))
        {
            refusals.Add(new("indicator_code", RuleCodes.Indicator.CountedFromEvents,
                $"{indicator.Code} of {region.Code} is derived from the registries' records and is never typed in."));
        }

        if (indicator is { CityOnly: true } && region?.Kind == RegionKindInfo.District)
        {
            refusals.Add(new("region_code", RuleCodes.Indicator.CityOnly,
                $"{indicator.Code} ({indicator.NameZh}) is held for the city only: a district's figure of it is not collected."));
        }

        if (region is null)
        {
            refusals.Add(new("region_code", RuleCodes.Region.Unknown, $"'{row.RegionCode}' is not a known region."));
        }

        if (!Period.TryParse(row.Period, out var period))
        {
            refusals.Add(new("period", RuleCodes.Period.Invalid, $"'{row.Period}' is not a period (yyyy, yyyy-Qn or yyyy-MM)."));
        }
        else
        {
            if (indicator is not null && !period.Fits(indicator.Frequency))
            {
                refusals.Add(new("period", RuleCodes.Period.FrequencyMismatch, $"{indicator.Code} is reported {indicator.Frequency.ToString().ToLowerInvariant()}; '{row.Period}' does not fit."));
            }

            if (period.EndsBefore > today)
            {
                refusals.Add(new("period", RuleCodes.Period.InFuture, $"Period {period} has not ended yet (today is {today:yyyy-MM-dd})."));
            }
        }

        Basis basis = Basis.Cumulative;
        if (row.Basis is { Length: > 0 } basisText && !Enum.TryParse(basisText, ignoreCase: true, out basis))
        {
            refusals.Add(new("basis", RuleCodes.Basis.Invalid, $"'{basisText}' is neither 'monthly' (当月) nor 'cumulative' (1–N月累计)."));
        }
        else if (basis == Basis.Monthly && period.Kind == PeriodKind.Year)
        {
            refusals.Add(new("basis", RuleCodes.Basis.NotForPeriod, "A whole year has no monthly (当月) figure; send it as cumulative."));
        }

        if (row.Value is null)
        {
            refusals.Add(new("value", RuleCodes.Value.Required, "Each row needs a value."));
        }
        else if (Observation.ValueColumn.Check(row.Value.Value, "value") is { } unstorable)
        {
            refusals.Add(new(unstorable.Field, unstorable.Rule, unstorable.Message));
        }

        if (indicator is not null && !string.Equals(row.Unit?.Trim(), indicator.Unit, StringComparison.Ordinal))
        {
            refusals.Add(new("unit", RuleCodes.Unit.Mismatch, $"{indicator.Code} is measured in '{indicator.Unit}', not '{row.Unit}'."));
        }

        if (refusals.Count > 0 || indicator is null || region is null || row.Value is not { } value)
        {
            return new RowVerdict(RowOutcome.Rejected, null, refusals);
        }

        var checkedRow = new CheckedRow(indicator, region.Code, period, basis, value);
        if (book.Latest(new SeriesKey(indicator.Code, region.Code, period, basis)) is { } latest && latest.Value == value)
        {
            return new RowVerdict(RowOutcome.Unchanged, checkedRow, []);
        }

        if (FallingCumulative(checkedRow, book) is { } falling)
        {
            return new RowVerdict(RowOutcome.Rejected, null, [falling]);
        }

        var warnings = new List<RowFinding>();
        if (OutsideGrowthBand(checkedRow, book) is { } band)
        {
            if (!row.Confirmed)
            {
                return new RowVerdict(RowOutcome.NeedsConfirmation, null, [band]);
            }

            warnings.Add(band);
        }

        if (NegativeLevel(checkedRow) is { } negative)
        {
            warnings.Add(negative);
        }

        if (region.Code == Catalogue.CityCode && NotReconciling(checkedRow, catalogue, book) is { } reconcile)
        {
            warnings.Add(reconcile);
        }

        return new RowVerdict(RowOutcome.Accepted, checkedRow, warnings);
    }

    /// <summary>
    /// value.negative: a level that sums (亿元, 个, 家) below zero. A loss-making profit total can be, so it is kept;
    /// but a sign slip would otherwise pass unseen whenever no earlier month of the year is there to compare with.
    /// </summary>
    private static RowFinding? NegativeLevel(CheckedRow row) =>
        row.Indicator.Aggregation == Aggregation.Sum && row.Value < 0
            ? new RowFinding("value", RuleCodes.Value.Negative, $"{row.Value} {row.Indicator.Unit} is below zero; kept, but check the sign.")
            : null;

    /// <summary>cumulative.falling-within-year: a year-to-date level below the month before, or above the month after.</summary>
    private static RowFinding? FallingCumulative(CheckedRow row, ObservationBook book)
    {
        if (row.Basis != Basis.Cumulative || row.Period.Kind != PeriodKind.Month || row.Indicator.Aggregation != Aggregation.Sum)
        {
            return null;
        }

        for (var month = row.Period.Number - 1; month >= 1; month--)
        {
            if (book.Value(row.Indicator.Code, row.RegionCode, Period.Month(row.Period.Year, month), Basis.Cumulative) is { } earlier)
            {
                return row.Value < earlier
                    ? new RowFinding("value", RuleCodes.Cumulative.FallingWithinYear, $"1-{row.Period.Number}月累计 {row.Value} is below 1-{month}月累计 {earlier} of the same year.")
                    : null;
            }
        }

        for (var month = row.Period.Number + 1; month <= 12; month++)
        {
            if (book.Value(row.Indicator.Code, row.RegionCode, Period.Month(row.Period.Year, month), Basis.Cumulative) is { } later)
            {
                return row.Value > later
                    ? new RowFinding("value", RuleCodes.Cumulative.FallingWithinYear, $"1-{row.Period.Number}月累计 {row.Value} is above the already known 1-{month}月累计 {later}.")
                    : null;
            }
        }

        return null;
    }

    /// <summary>growth.outside-plausible-band: the figure's growth (or the growth rate itself) is outside the catalogue's band.</summary>
    private static RowFinding? OutsideGrowthBand(CheckedRow row, ObservationBook book)
    {
        var indicator = row.Indicator;
        if (indicator.PlausibleGrowthMin is not { } min || indicator.PlausibleGrowthMax is not { } max)
        {
            return null;
        }

        var growth = indicator.Aggregation == Aggregation.Growth
            ? row.Value
            : YearOnYear.Growth(row.Value, book.Value(indicator.Code, row.RegionCode, row.Period.SamePeriodLastYear, row.Basis));
        return growth is { } g && (g < min || g > max)
            ? new RowFinding("value", RuleCodes.Growth.OutsidePlausibleBand, $"Year-on-year growth {g:0.#}% is outside the plausible band [{min}%, {max}%]; send again with confirmed = true if it is right.")
            : null;
    }

    /// <summary>districts.not-reconciling: the six districts recombine to a different city figure.</summary>
    private static RowFinding? NotReconciling(CheckedRow row, Catalogue catalogue, ObservationBook book)
    {
        var recombined = DistrictAggregation.Combine(
            row.Indicator,
            catalogue.Districts,
            (code, district) => book.Value(code, district, row.Period, row.Basis),
            (code, district) => book.Value(code, district, row.Period.SamePeriodLastYear, row.Basis));
        if (recombined is not { } districts)
        {
            return null;
        }

        var tolerance = row.Indicator.IsPercentage ? PercentTolerance : Math.Abs(row.Value) * RelativeTolerance;
        return Math.Abs(districts - row.Value) > tolerance
            ? new RowFinding("value", RuleCodes.Districts.NotReconciling, $"The districts recombine to {districts:0.##} {row.Indicator.Unit}, not {row.Value} (tolerance {tolerance:0.##}).")
            : null;
    }
}
