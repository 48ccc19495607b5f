using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using IndustryPlatform.Rules;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.UseCases;
using V1 = IndustryPlatform.Contracts.Enterprises.V1;

namespace IndustryPlatform.Enterprises.Grpc;

/// <summary>Figures, evaluations, search and history between proto messages and use cases.</summary>
internal static class FiguresMessages
{
    public const int DefaultPageSize = 20;

    public static RecordYearlyFiguresCommand ToCommand(this V1.RecordYearlyFiguresRequest r) => new(
        r.CreditCode,
        r.Year,
        new FiguresSubmission(
            r.HasMainBusinessRevenue ? Money(r.MainBusinessRevenue, "main_business_revenue") : null,
            r.HasTaxesPaidInCity ? Money(r.TaxesPaidInCity, "taxes_paid_in_city") : null,
            r.HasIndustrialInvestment ? Money(r.IndustrialInvestment, "industrial_investment") : null,
            r.HasRdSpend ? Money(r.RdSpend, "rd_spend") : null,
            r.HasEmployees ? r.Employees : null,
            r.HasLandMu ? Money(r.LandMu, "land_mu") : null,
            r.HasEnergyTce ? Money(r.EnergyTce, "energy_tce") : null,
            r.HasCo2Tonnes ? Money(r.Co2Tonnes, "co2_tonnes") : null,
            r.HasValueAdded ? Money(r.ValueAdded, "value_added") : null));

    public static V1.YearlyFigures ToMessage(this FiguresEntry f) => new()
    {
        CreditCode = f.CreditCode,
        Year = f.Year,
        MainBusinessRevenue = (double)f.MainBusinessRevenue,
        TaxesPaidInCity = (double)f.TaxesPaidInCity,
        IndustrialInvestment = (double)f.IndustrialInvestment,
        RdSpend = (double)f.RdSpend,
        Employees = f.Employees,
        LandMu = (double)f.LandMu,
        EnergyTce = (double)f.EnergyTce,
        Co2Tonnes = (double)f.Co2Tonnes,
        ValueAdded = (double)f.ValueAdded,
        AboveScale = f.AboveScale,
        AboveScaleSource = f.AboveScaleSource ?? string.Empty,
        IsDemo = f.IsDemo,
        RecordedAt = Timestamp.FromDateTimeOffset(f.RecordedAt),
    };

    public static V1.EnterpriseEvaluation ToMessage(this EnterpriseEvaluation e, string creditCode)
    {
        var message = new V1.EnterpriseEvaluation { CreditCode = creditCode, Year = e.Year };
        if (e.CarbonEfficiency is { } c)
        {
            message.CarbonEfficiency = new V1.CarbonEfficiency
            {
                Intensity = (double)c.Intensity, IndustryAverage = (double)c.IndustryAverage, Ratio = (double)c.Ratio, Grade = c.Grade,
            };
        }

        if (e.PerMuEfficiency is { } p)
        {
            message.PerMuEfficiency = new V1.PerMuEfficiency { Score = (double)p.Score };
            message.PerMuEfficiency.Indicators.AddRange(p.Indicators.Select(i =>
            {
                var indicator = new V1.PerMuIndicatorScore
                {
                    Indicator = i.Indicator.ToString(), Benchmark = (double)i.Benchmark, Weight = (double)i.Weight, Score = (double)i.Score,
                };
                if (i.Value is { } value)
                {
                    indicator.Value = (double)value;
                }

                return indicator;
            }));
        }

        if (e.PerMuStanding is { } standing)
        {
            message.PerMuStanding = new V1.PerMuStanding
            {
                Rank = standing.Rank, DistrictRank = standing.DistrictRank, Of = standing.Of, Class = standing.Class.ToString(),
            };
        }

        message.Tiers.AddRange(e.Tiers.Select(t =>
        {
            var tier = new V1.TierEvaluation
            {
                TierCode = t.TierCode, NameZh = t.NameZh, Level = t.Level.ToString(), IsEvaluated = t.IsEvaluated, Met = t.Met,
            };
            tier.Criteria.AddRange(t.Criteria.Select(c =>
            {
                var criterion = new V1.CriterionResult { Code = c.Code, Description = c.Description, Met = c.Met };
                criterion.Findings.AddRange(c.Findings);
                return criterion;
            }));
            return tier;
        }));
        return message;
    }

    public static EnterpriseSearch ToSearch(this V1.SearchEnterprisesRequest r) => new(
        r.DistrictCode,
        r.ChainCode,
        r.TierCode,
        r.HasAboveScale ? r.AboveScale : null,
        r.AboveScaleYear == 0 ? null : r.AboveScaleYear,
        r.NameContains,
        r.IncludeInactive,
        r.Page == 0 ? 1 : r.Page,
        r.PageSize == 0 ? DefaultPageSize : r.PageSize,
        r.HasListed ? r.Listed : null);

    public static V1.EnterprisePage ToMessage(this EnterprisePage page)
    {
        var message = new V1.EnterprisePage { Page = page.Page, PageSize = page.PageSize, TotalCount = page.TotalCount };
        message.Items.AddRange(page.Items.Select(i => i.ToMessage()));
        return message;
    }

    public static V1.EnterpriseHistory ToMessage(this IReadOnlyList<EnterpriseHistoryEntry> history)
    {
        var message = new V1.EnterpriseHistory();
        message.Versions.AddRange(history.Select(h => new V1.EnterpriseVersion
        {
            Version = h.Version,
            Kind = h.Kind,
            At = Timestamp.FromDateTimeOffset(h.At),
            NameZh = h.NameZh,
            NameEn = h.NameEn ?? string.Empty,
            DistrictCode = h.DistrictCode,
            IndustryCode = h.IndustryCode,
            ChainCode = h.ChainCode ?? string.Empty,
            FoundedOn = IsoDate.Write(h.FoundedOn),
            Note = h.Note ?? string.Empty,
            Listing = ListingEntry.From(new Listing(StockExchange.Find(h.ListingExchange), h.StockCode, h.ListedOn)).ToMessage(),
        }));
        return message;
    }

    /// <summary>Doubles on the wire, decimals inside; NaN, infinities and absurd sizes are refused.</summary>
    private static decimal Money(double value, string field) =>
        double.IsFinite(value) && Math.Abs(value) < 1e15
            ? (decimal)value
            : throw new InvalidInputException([new(field, RuleCodes.Figure.NotANumber, $"{value} is not a usable amount.")]);
}
