using IndustryPlatform.Rules;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.UseCases;

public sealed record RecordYearlyFiguresCommand(string? CreditCode, int Year, FiguresSubmission Figures, bool IsDemo = false);

/// <summary>
/// 年度数据填报 — records (or replaces) an enterprise's figures for a year. When the revenue makes it 规上 for the first
/// time that year, records that and announces EnterpriseBecameAboveScale in the same transaction.
/// </summary>
public sealed class RecordYearlyFigures(EnterprisesDbContext db, TierCatalogue catalogue, EvaluationCache evaluations, CurrentCaller caller, TimeProvider clock)
{
    public async Task<FiguresEntry> HandleAsync(RecordYearlyFiguresCommand command, CancellationToken cancellationToken)
    {
        var code = CreditCode.Parse(command.CreditCode);
        var values = command.Figures.Validate(command.Year, clock);
        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.CreditCode == code, cancellationToken)
            ?? throw EnterpriseNotFound.For(code);
        caller.EnsureMayWrite(enterprise.DistrictCode, "the yearly figures of enterprises");

        var entry = await ApplyAsync(enterprise, command.Year, values, command.IsDemo, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await evaluations.InvalidateAsync();
        return entry;
    }

    /// <summary>Adds the changes to the context without saving, so the seeder can batch many enterprises in one transaction.</summary>
    internal async Task<FiguresEntry> ApplyAsync(Enterprise enterprise, int year, FigureValues values, bool isDemo, CancellationToken cancellationToken)
    {
        var code = enterprise.CreditCode.Value;
        var now = HuzhouCalendar.Now(clock);
        var figures = await db.YearlyFigures.SingleOrDefaultAsync(f => f.CreditCode == code && f.Year == year, cancellationToken);
        if (figures is null)
        {
            figures = YearlyFigures.Record(code, year, values, isDemo, now);
            db.YearlyFigures.Add(figures);
        }
        else
        {
            figures.Replace(values, isDemo, now);
        }

        var aboveScale = await db.AboveScaleYears.SingleOrDefaultAsync(a => a.CreditCode == code && a.Year == year, cancellationToken);
        if (aboveScale is null && catalogue.AboveScale.IsMetBy(values))
        {
            aboveScale = AboveScaleYear.Record(code, year, AboveScaleYear.FromRevenue, now);
            db.AboveScaleYears.Add(aboveScale);
            db.AddIntegrationEvent(new EnterpriseBecameAboveScale(code, enterprise.DistrictCode, year, AboveScaleYear.FromRevenue, now));
        }

        return FiguresEntry.From(figures, aboveScale);
    }
}
