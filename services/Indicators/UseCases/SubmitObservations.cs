using IndustryPlatform.Rules;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Events;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IndustryPlatform.Indicators.UseCases;

public sealed record BatchRowResult(int Row, RowOutcome Outcome, int? Vintage, IReadOnlyList<RowFinding> Findings);

public sealed record BatchResult(int Accepted, int Rejected, int NeedsConfirmation, int Unchanged, IReadOnlyList<BatchRowResult> Rows);

/// <summary>
/// 数据报送 — a batch of figures from a district system or the city bureau. Each row is checked on its own and accepted,
/// refused or held for confirmation with its own reasons; the accepted rows are stored together as new vintages.
/// </summary>
public sealed class SubmitObservations(IndicatorsDbContext db, IndicatorCache cache, TimeProvider clock)
{
    public const int MaxRows = 5000;

    /// <param name="firstRow">Where these rows start in what the client sent (a stream is stored in parts).</param>
    public async Task<BatchResult> HandleAsync(Submitter submitter, IReadOnlyList<SubmittedRow> rows, CancellationToken cancellationToken, int firstRow = 0)
    {
        if (rows.Count is 0 or > MaxRows)
        {
            throw new InvalidInputException([new RuleViolation("rows", RuleCodes.Batch.Size, $"A batch holds 1 to {MaxRows} rows; this one has {rows.Count}.")]);
        }

        var catalogue = await db.LoadCatalogueAsync(cancellationToken);
        ObservationRules.EnsureOwnRegions(rows, submitter, catalogue, firstRow);
        var book = await db.LoadBookAsync(CodesInvolved(rows, catalogue), PeriodsInvolved(rows), null, cancellationToken);
        var now = clock.GetUtcNow();
        var today = HuzhouCalendar.Today(clock);

        var results = new List<BatchRowResult>(rows.Count);
        var changed = new List<Period>();
        for (var i = 0; i < rows.Count; i++)
        {
            var verdict = ObservationRules.Check(rows[i], submitter, catalogue, book, today);
            if (verdict is not { Outcome: RowOutcome.Accepted, Row: { } row })
            {
                results.Add(new BatchRowResult(i, verdict.Outcome, verdict.Outcome == RowOutcome.Unchanged ? book.Latest(KeyOf(verdict.Row!))?.Vintage : null, verdict.Findings));
                continue;
            }

            var previous = book.Latest(KeyOf(row));
            var vintage = new Observation
            {
                IndicatorCode = row.Indicator.Code,
                RegionCode = row.RegionCode,
                Period = row.Period,
                Basis = row.Basis,
                Value = row.Value,
                Vintage = (previous?.Vintage ?? 0) + 1,
                SubmittedBy = submitter.ClientId,
                SubmittedAt = now,
                Warnings = [.. verdict.WarningRules],
            };
            db.Observations.Add(vintage);
            book.Record(vintage);
            changed.Add(row.Period);
            if (previous is not null)
            {
                db.AddIntegrationEvent(new ObservationRevised(
                    vintage.IndicatorCode, vintage.RegionCode, vintage.Period.ToString(), vintage.Basis.ToString(),
                    previous.Value, vintage.Value, vintage.Vintage, vintage.SubmittedBy, now));
            }

            results.Add(new BatchRowResult(i, RowOutcome.Accepted, vintage.Vintage, verdict.Findings));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException
        {
            SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ux_observations_series_vintage",
        })
        {
            throw new ConcurrencyConflictException(RuleCodes.Observation.ConcurrentRevision,
                "Another batch revised one of these figures at the same time; nothing was stored, send the batch again.");
        }

        await cache.InvalidateAsync(changed);

        return new BatchResult(
            results.Count(r => r.Outcome == RowOutcome.Accepted),
            results.Count(r => r.Outcome == RowOutcome.Rejected),
            results.Count(r => r.Outcome == RowOutcome.NeedsConfirmation),
            results.Count(r => r.Outcome == RowOutcome.Unchanged),
            results);
    }

    private static SeriesKey KeyOf(CheckedRow row) => new(row.Indicator.Code, row.RegionCode, row.Period, row.Basis);

    /// <summary>The rows' indicators with their components, and every indicator built from them (for reconciliation).</summary>
    private static List<string> CodesInvolved(IReadOnlyList<SubmittedRow> rows, Catalogue catalogue)
    {
        var codes = new HashSet<string>();
        foreach (var indicator in rows.Select(r => catalogue.Find(r.IndicatorCode)).OfType<Indicator>())
        {
            codes.Add(indicator.Code);
            codes.UnionWith(indicator.Components);
        }

        return [.. codes];
    }

    /// <summary>Every period of the rows' years and the years before: enough for cumulative, growth and reconciliation checks.</summary>
    private static List<Period> PeriodsInvolved(IReadOnlyList<SubmittedRow> rows)
    {
        var periods = new HashSet<Period>();
        foreach (var year in rows.Select(r => Period.TryParse(r.Period, out var p) ? p.Year : (int?)null).OfType<int>().Distinct())
        {
            foreach (var y in new[] { year, year - 1 })
            {
                periods.Add(Period.WholeYear(y));
                for (var q = 1; q <= 4; q++)
                {
                    periods.Add(Period.Quarter(y, q));
                }

                for (var m = 1; m <= 12; m++)
                {
                    periods.Add(Period.Month(y, m));
                }
            }
        }

        return [.. periods];
    }
}
