using IndustryPlatform.Rules;
using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain;

namespace IndustryPlatform.Indicators.UseCases;

public sealed record VintageQuery(string? IndicatorCode, string? RegionCode, string? Period, string? Basis);

public sealed record VintageRow(int Vintage, decimal Value, string SubmittedBy, DateTimeOffset SubmittedAt, IReadOnlyList<string> Warnings, bool IsDemo);

/// <summary>版本 — every version of one figure, oldest first: who sent which value when.</summary>
public sealed class ReadVintages(IndicatorsDbContext db)
{
    public async Task<IReadOnlyList<VintageRow>> HandleAsync(VintageQuery query, CancellationToken cancellationToken)
    {
        var catalogue = await db.LoadCatalogueAsync(cancellationToken);
        var indicator = QueryArguments.Indicator(catalogue, query.IndicatorCode);
        var region = QueryArguments.Region(catalogue, query.RegionCode);
        var period = QueryArguments.Period(query.Period);
        var basis = QueryArguments.Basis(query.Basis);

        var vintages = await db.VintagesAsync(new SeriesKey(indicator.Code, region.Code, period, basis), cancellationToken);
        return vintages.Count == 0
            ? throw new NotFoundException(RuleCodes.Observation.NotFound, $"No figure of {indicator.Code} for {region.Code} in {period} has been sent.")
            : vintages.Select(v => new VintageRow(v.Vintage, v.Value, v.SubmittedBy, v.SubmittedAt, v.Warnings, v.IsDemo)).ToList();
    }
}
