using IndustryPlatform.Rules;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.Events;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.UseCases;

/// <param name="Proposed">The candidates this run added, for the bureau's review list.</param>
public sealed record CandidateRunResult(int Year, int EnterprisesEvaluated, IReadOnlyList<TierRecordEntry> Proposed);

/// <summary>
/// 年度培育库遴选 — evaluates every active enterprise with figures for the year against every tier that has criteria, and
/// proposes each that newly meets them: it has no record of that tier for the year and neither holds the tier nor
/// sits in its pool already. One transaction: every proposal with its TierCandidateProposed and TierRecordChanged, or none. Running it again
/// for the same year proposes nothing new.
/// </summary>
public sealed class RunYearlyCandidates(EnterprisesDbContext db, TierCatalogue catalogue, TierEvaluator evaluator, TimeProvider clock)
{
    public const string ProposedBy = "yearly-run";

    public async Task<CandidateRunResult> HandleAsync(int year, CancellationToken cancellationToken)
    {
        TierYear.Check(year, clock);
        var today = HuzhouCalendar.Today(clock);
        var now = HuzhouCalendar.Now(clock);

        var withFigures = db.YearlyFigures.Where(f => f.Year == year).Select(f => f.CreditCode);
        var enterprises = (await db.Enterprises.AsNoTracking().ToListAsync(cancellationToken))
            .Where(e => e.IsActive)
            .ToList();
        var codesWithFigures = (await withFigures.ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        enterprises = enterprises.Where(e => codesWithFigures.Contains(e.CreditCode.Value)).ToList();

        var subjects = await EvaluationSubjects.LoadAsync(db, enterprises, year, cancellationToken);
        var existing = await db.TierRecords.AsNoTracking()
            .Where(r => codesWithFigures.Contains(r.CreditCode))
            .ToListAsync(cancellationToken);
        var blocking = existing
            .Where(r => r.Year == year || r.StatusOn(today) is TierStatus.Candidate or TierStatus.Certified)
            .Select(r => (r.CreditCode, r.TierCode))
            .ToHashSet();

        var proposed = new List<TierRecord>();
        foreach (var enterprise in enterprises)
        {
            var subject = subjects[enterprise.CreditCode.Value];
            foreach (var tier in catalogue.Tiers.Where(t => t.IsEvaluated))
            {
                if (blocking.Contains((enterprise.CreditCode.Value, tier.Code)))
                {
                    continue;
                }

                var figures = subject.FiguresByYear[year];
                var carbon = CarbonEfficiency.Of(figures, subject.IndustryCode, catalogue.CarbonEfficiency);
                if (!evaluator.Evaluate(tier, subject, year, carbon).Met)
                {
                    continue;
                }

                var record = TierRecord.Propose(enterprise.CreditCode.Value, enterprise.DistrictCode, tier, year, ProposedBy, catalogue.CandidacyValidYears, now);
                db.TierRecords.Add(record);
                db.AddIntegrationEvent(record.ToProposedEvent(now));
                db.AddIntegrationEvent(record.ToFactsEvent(enterprise.NameZh, now));
                proposed.Add(record);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new CandidateRunResult(year, enterprises.Count, proposed.Select(r => TierRecordEntry.From(r, today)).ToList());
    }
}
