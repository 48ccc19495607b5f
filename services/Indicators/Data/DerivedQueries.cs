using System.Data.Common;
using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Domain.Derived;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IndustryPlatform.Indicators.Data;

/// <summary>One source record a derived figure counted, and the date or status that made it count.</summary>
public sealed record CountedRecord(string RecordId, string CreditCode, string Name, string DistrictCode, DateOnly? CountedOn, int? Year, string Status, decimal? Amount, bool IsDemo);

/// <summary>
/// Derived figures from the facts tables: per indicator one GROUP BY district and month over the indexed rows, from
/// which every period asked for (当月, 1–N月累计, the year) is added up; a stock of tier records (still valid at the
/// period's end) is one GROUP BY district per period end.
/// </summary>
public static class DerivedQueries
{
    private sealed record Bucket(string District, int Year, int Month, int Count, decimal Amount, bool IsDemo);

    /// <param name="today">Periods that have not begun by then get no figure.</param>
    public static async Task<DerivedValues> LoadDerivedAsync(
        this IndicatorsDbContext db, Catalogue catalogue, IEnumerable<Indicator> indicators, IReadOnlyCollection<Period> periods, DateOnly today,
        CancellationToken cancellationToken)
    {
        var values = new DerivedValues();
        var begun = periods.Distinct().Where(p => StartOf(p) <= today).ToList();
        var districts = catalogue.Districts;
        if (begun.Count == 0 || districts.Count == 0)
        {
            return values;
        }

        foreach (var indicator in indicators.Where(i => i.Derived is not null).DistinctBy(i => i.Code))
        {
            var derived = indicator.Derived!;
            var windows = begun.SelectMany(p => new[] { Basis.Monthly, Basis.Cumulative }.Select(b => (Period: p, Basis: b, Window: derived.Window(p, b)))).ToList();

            if (derived is { Facts: FactKind.Tiers, Cumulative: true })
            {
                foreach (var end in windows.Select(w => w.Window.To).Distinct())
                {
                    var sql = DerivedSql.For(derived).Within(null, end, []).ValidOn(end.AddDays(-1)).InDistricts(districts);
                    var buckets = await BucketsAsync(db, sql, byMonth: false, cancellationToken);
                    foreach (var (period, basis, _) in windows.Where(w => w.Window.To == end))
                    {
                        Record(values, indicator, derived, districts, period, basis, buckets);
                    }
                }

                continue;
            }

            var from = windows.Any(w => w.Window.From is null) ? null : windows.Min(w => w.Window.From);
            var to = windows.Max(w => w.Window.To);
            var all = await BucketsAsync(db, DerivedSql.For(derived).Within(from, to, [.. begun.Select(p => p.Year).Distinct()]).InDistricts(districts), byMonth: true, cancellationToken);
            foreach (var (period, basis, window) in windows)
            {
                var inWindow = derived.CountedOn == CountedOn.Year
                    ? all.Where(b => b.Year == period.Year && period.Kind == PeriodKind.Year)
                    : all.Where(b => new DateOnly(b.Year, b.Month, 1) is var month && (window.From is not { } f || month >= f) && month < window.To);
                Record(values, indicator, derived, districts, period, basis, inWindow);
            }
        }

        return values;
    }

    /// <summary>The records a district's (or, with every district, the city's) figure counted, a page at a time, by date.</summary>
    public static async Task<(int Total, IReadOnlyList<CountedRecord> Page)> CountedRecordsAsync(
        this IndicatorsDbContext db, DerivedFigure derived, IReadOnlyCollection<string> districts, Period period, Basis basis, int page, int pageSize,
        CancellationToken cancellationToken)
    {
        var (from, to) = derived.Window(period, basis);
        var sql = DerivedSql.For(derived).Within(from, to, [period.Year]).InDistricts(districts);
        if (derived is { Facts: FactKind.Tiers, Cumulative: true })
        {
            sql.ValidOn(to.AddDays(-1));
        }

        var year = sql.CountsOnYear ? "year" : "NULL::int";
        var text = $"""
            SELECT count(*) OVER () AS total, {sql.IdSql}, {sql.CreditCodeSql}, {sql.NameSql}, district_code, {sql.DateColumn}, {year}, {sql.StatusSql}, {sql.AmountSql}, is_demo
            FROM {sql.Table} WHERE {sql.Where}
            ORDER BY {sql.DateColumn} NULLS LAST, 2
            LIMIT {pageSize} OFFSET {(page - 1) * pageSize}
            """;
        var total = 0;
        var records = new List<CountedRecord>();
        await ReadAsync(db, text, sql.Parameters, reader =>
        {
            total = (int)reader.GetInt64(0);
            records.Add(new CountedRecord(
                reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5),
                reader.IsDBNull(6) ? null : reader.GetInt32(6),
                reader.GetString(7),
                derived.Measure == Measure.TotalInvestment ? reader.GetDecimal(8) : null,
                reader.GetBoolean(9)));
        }, cancellationToken);
        if (records.Count == 0 && page > 1)
        {
            // Past the last page: the total still says how many there are.
            var count = $"SELECT count(*) FROM {sql.Table} WHERE {sql.Where}";
            await ReadAsync(db, count, [.. sql.Parameters.Select(p => p.Clone())], reader => total = (int)reader.GetInt64(0), cancellationToken);
        }

        return (total, records);
    }

    private static void Record(DerivedValues values, Indicator indicator, DerivedFigure derived, IReadOnlyList<string> districts, Period period, Basis basis, IEnumerable<Bucket> buckets)
    {
        var byDistrict = buckets.GroupBy(b => b.District).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var district in districts)
        {
            var own = byDistrict.GetValueOrDefault(district) ?? [];
            var value = derived.Measure == Measure.TotalInvestment ? own.Sum(b => b.Amount) : own.Sum(b => b.Count);
            values.Record(indicator.Code, district, period, basis, new DerivedValue(value, own.Any(b => b.IsDemo)));
        }
    }

    private static async Task<List<Bucket>> BucketsAsync(IndicatorsDbContext db, DerivedSql sql, bool byMonth, CancellationToken cancellationToken)
    {
        var (year, month) = sql.CountsOnYear ? ("year", "1")
            : byMonth ? ($"date_part('year', {sql.DateColumn})::int", $"date_part('month', {sql.DateColumn})::int")
            : ("0", "1");
        var text = $"""
            SELECT district_code, {year}, {month}, count(*)::int, coalesce(sum({sql.AmountSql}), 0), bool_or(is_demo)
            FROM {sql.Table} WHERE {sql.Where}
            GROUP BY 1, 2, 3
            """;
        var buckets = new List<Bucket>();
        await ReadAsync(db, text, sql.Parameters, reader => buckets.Add(new Bucket(
            reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetDecimal(4), reader.GetBoolean(5))), cancellationToken);
        return buckets;
    }

    private static async Task ReadAsync(IndicatorsDbContext db, string text, IEnumerable<NpgsqlParameter> parameters, Action<DbDataReader> row, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = text;
            command.Parameters.AddRange(parameters.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                row(reader);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static DateOnly StartOf(Period period) => period.Kind switch
    {
        PeriodKind.Month => new DateOnly(period.Year, period.Number, 1),
        PeriodKind.Quarter => new DateOnly(period.Year, period.Number * 3 - 2, 1),
        _ => new DateOnly(period.Year, 1, 1),
    };
}
