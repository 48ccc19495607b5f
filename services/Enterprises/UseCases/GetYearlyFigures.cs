using IndustryPlatform.Rules;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>An enterprise's figures: one year, or every year on record (latest first).</summary>
public sealed class GetYearlyFigures(EnterprisesDbContext db)
{
    public async Task<FiguresEntry> OneYearAsync(string? creditCode, int year, CancellationToken cancellationToken)
    {
        var code = CreditCode.Parse(creditCode).Value;
        var figures = await db.YearlyFigures.AsNoTracking().SingleOrDefaultAsync(f => f.CreditCode == code && f.Year == year, cancellationToken)
            ?? throw new NotFoundException(RuleCodes.Figures.NotFound, $"No figures for {year} are recorded for enterprise {code}.");
        var aboveScale = await db.AboveScaleYears.AsNoTracking().SingleOrDefaultAsync(a => a.CreditCode == code && a.Year == year, cancellationToken);
        return FiguresEntry.From(figures, aboveScale);
    }

    public async Task<IReadOnlyList<FiguresEntry>> AllYearsAsync(string? creditCode, CancellationToken cancellationToken)
    {
        var code = CreditCode.Parse(creditCode);
        if (!await db.Enterprises.AnyAsync(e => e.CreditCode == code, cancellationToken))
        {
            throw EnterpriseNotFound.For(code);
        }

        var figures = await db.YearlyFigures.AsNoTracking().Where(f => f.CreditCode == code.Value).OrderByDescending(f => f.Year).ToListAsync(cancellationToken);
        var aboveScale = await db.AboveScaleYears.AsNoTracking().Where(a => a.CreditCode == code.Value).ToDictionaryAsync(a => a.Year, cancellationToken);
        return figures.Select(f => FiguresEntry.From(f, aboveScale.GetValueOrDefault(f.Year))).ToList();
    }
}
