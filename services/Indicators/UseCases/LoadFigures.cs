using IndustryPlatform.Rules;
using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain;

namespace IndustryPlatform.Indicators.UseCases;

/// <summary>
/// What every read computes from: the latest vintages of these indicators (as known at a date, or now) and the derived
/// ones counted from the facts as they stand. The facts keep no history, so an as-of read counts them as they are now.
/// </summary>
public sealed class LoadFigures(IndicatorsDbContext db, TimeProvider clock)
{
    public async Task<Figures> HandleAsync(
        Catalogue catalogue, IReadOnlyCollection<string> codes, IReadOnlyCollection<Period> periods, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        var book = await db.LoadBookAsync(codes, periods, asOf, cancellationToken);
        var derived = await db.LoadDerivedAsync(
            catalogue, codes.Select(catalogue.Find).OfType<Indicator>(), periods, HuzhouCalendar.Today(clock), cancellationToken);
        return new Figures(catalogue, book, derived);
    }
}
