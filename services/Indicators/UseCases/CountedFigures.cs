using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain;

namespace IndustryPlatform.Indicators.UseCases;

/// <summary>
/// Counting indicators (新开工 ≥3亿 projects, newly certified enterprises) go up by one per event, as new vintages
/// submitted by the event: for a month, the month (当月) and every known year-to-date figure (1–N月累计) from that month on;
/// for a year, the year's figure. The caller's inbox makes it once per event.
/// </summary>
public static class CountedFigures
{
    public static async Task AddOneAsync(IndicatorsDbContext db, Indicator indicator, string region, Period period, string countedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var periods = period.Kind == PeriodKind.Month
            ? Enumerable.Range(1, 12).Select(m => Period.Month(period.Year, m)).ToList()
            : [period];
        var book = await db.LoadBookAsync([indicator.Code], periods, null, cancellationToken);

        void Add(Period p, Basis basis, decimal value)
        {
            var previous = book.Latest(new SeriesKey(indicator.Code, region, p, basis));
            var vintage = new Observation
            {
                IndicatorCode = indicator.Code,
                RegionCode = region,
                Period = p,
                Basis = basis,
                Value = value,
                Vintage = (previous?.Vintage ?? 0) + 1,
                SubmittedBy = countedBy,
                SubmittedAt = now,
            };
            db.Observations.Add(vintage);
            book.Record(vintage);
        }

        decimal ValueOf(Period p, Basis basis) => book.Value(indicator.Code, region, p, basis) ?? 0m;

        if (period.Kind != PeriodKind.Month)
        {
            Add(period, Basis.Cumulative, ValueOf(period, Basis.Cumulative) + 1);
            return;
        }

        Add(period, Basis.Monthly, ValueOf(period, Basis.Monthly) + 1);

        // Year to date at this month: as known, or carried from the latest earlier month of the year.
        var yearToDate = book.Value(indicator.Code, region, period, Basis.Cumulative)
            ?? Enumerable.Range(1, period.Number - 1).Reverse()
                .Select(m => book.Value(indicator.Code, region, Period.Month(period.Year, m), Basis.Cumulative))
                .FirstOrDefault(v => v is not null)
            ?? 0m;
        Add(period, Basis.Cumulative, yearToDate + 1);
        for (var month = period.Number + 1; month <= 12; month++)
        {
            var later = Period.Month(period.Year, month);
            if (book.Value(indicator.Code, region, later, Basis.Cumulative) is { } known)
            {
                Add(later, Basis.Cumulative, known + 1);
            }
        }
    }

    /// <summary>The periods whose cached reads a count in <paramref name="period"/> makes stale.</summary>
    public static IEnumerable<Period> Touched(Period period) =>
        period.Kind == PeriodKind.Month
            ? Enumerable.Range(period.Number, 13 - period.Number).Select(m => Period.Month(period.Year, m))
            : [period];
}
