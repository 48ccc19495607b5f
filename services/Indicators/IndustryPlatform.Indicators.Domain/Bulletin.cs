using System.Globalization;
using System.Text;

namespace IndustryPlatform.Indicators.Domain;

/// <summary>One sentence of a bulletin, where its figure came from, and the card it was written from.</summary>
public sealed record BulletinItem(string Sentence, FigureSource Source, IndicatorSummary Summary);

/// <summary>
/// 运行简报 — a period's figures for a region told in the report's own words ("制造业投资同比增长13.4%、高于省均10.1个百分点,
/// 全省第2位"), written only from stored data.
/// </summary>
public sealed record Bulletin(string RegionCode, string RegionNameZh, string Period, string LabelZh, string Text, IReadOnlyList<BulletinItem> Items, bool ContainsDemoData)
{
    /// <summary>
    /// For a year ("2024") or the year to a month ("2024-06"): every indicator with a figure for the region, in catalogue
    /// order, as year-to-date (1–N月累计) figures for monthly and quarterly indicators and the year's for annual ones.
    /// </summary>
    public static Bulletin Compose(RegionInfo region, Period asked, Figures figures, IReadOnlyDictionary<string, decimal> targets,
        decimal yellowTolerance = Computation.TrafficLight.YellowTolerance)
    {
        var periods = PeriodsCovered(asked);
        var summaries = figures.Catalogue.Indicators.Values
            .OrderBy(i => i.Position)
            .Where(i => periods.ContainsKey(i.Frequency))
            .Select(i => IndicatorSummary.Compose(i, region.Code, periods[i.Frequency], Basis.Cumulative, figures, targets.TryGetValue(i.Code, out var t) ? t : null, yellowTolerance))
            .OfType<IndicatorSummary>()
            .ToList();
        var label = asked.Kind == PeriodKind.Year ? $"{asked.Year}年" : Domain.Period.Month(asked.Year, asked.LastMonth).LabelZh(Basis.Cumulative);
        return Write(region, asked, label, summaries);
    }

    /// <summary>The period each frequency is read at for a bulletin of <paramref name="asked"/>.</summary>
    public static IReadOnlyDictionary<Frequency, Period> PeriodsCovered(Period asked)
    {
        var month = asked.LastMonth;
        var periods = new Dictionary<Frequency, Period> { [Frequency.Monthly] = Domain.Period.Month(asked.Year, month) };
        if (month % 3 == 0)
        {
            periods[Frequency.Quarterly] = Domain.Period.Quarter(asked.Year, month / 3);
        }

        if (asked.Kind == PeriodKind.Year)
        {
            periods[Frequency.Annual] = Domain.Period.WholeYear(asked.Year);
        }

        return periods;
    }

    public static Bulletin Write(RegionInfo region, Period period, string labelZh, IReadOnlyList<IndicatorSummary> summaries)
    {
        var items = summaries.Select(s => new BulletinItem(Sentence(s), s.Source, s)).ToList();
        var text = new StringBuilder($"{labelZh},{region.NameZh}");
        text.Append(items.Count == 0 ? "暂无已报送的指标数据" : string.Join(";", items.Select(i => i.Sentence)));
        text.Append('。');
        return new Bulletin(region.Code, region.NameZh, period.ToString(), labelZh, text.ToString(), items, summaries.Any(s => s.IsDemo));
    }

    public static string Sentence(IndicatorSummary s)
    {
        var parts = new List<string> { $"{s.NameZh}{Amount(s.Value, s.Unit)}{(IsTypedAggregate(s) ? ReportedMark : "")}" };
        if (s.GrowthPercent is { } growth)
        {
            parts.Add(growth >= 0 ? $"同比增长{Number(growth)}%" : $"同比下降{Number(-growth)}%");
        }
        else if (s.ChangeFromLastYear is { } change && !s.IsGrowthRate)
        {
            var unit = s.Unit == "%" ? "个百分点" : s.Unit;
            parts.Add(s.Unit == "%"
                ? (change >= 0 ? $"较去年同期增加{Number(change)}{unit}" : $"较去年同期减少{Number(-change)}{unit}")
                : (change >= 0 ? $"同比增加{Number(change)}{unit}" : $"同比下降{Number(-change)}{unit}"));
        }

        if (s.GapToProvince is { } gap && s.Unit == "%")
        {
            parts[^1] += gap >= 0 ? $"、高于省均{Number(gap)}个百分点" : $"、低于省均{Number(-gap)}个百分点";
        }

        if (s.Rank is { } rank)
        {
            parts.Add($"全省第{rank}位");
        }

        if (s.CompletionPercent is { } completion)
        {
            parts.Add($"实现年度计划的{Number(completion)}%");
        }

        return string.Join(",", parts);
    }

    /// <summary>Said after a figure that was typed in where a reader would take it for computed.</summary>
    public const string ReportedMark = "（报送）";

    /// <summary>
    /// A typed figure the platform would otherwise compute: the city's total or a rate, share or growth (a figure
    /// reported for the city only, or a district's own level, is typed by nature and reads as such).
    /// </summary>
    public static bool IsTypedAggregate(IndicatorSummary s) =>
        s.Source == FigureSource.Reported && s.Aggregation != Aggregation.None
        && (s.RegionCode == Catalogue.CityCode || s.Aggregation is Aggregation.Ratio or Aggregation.Growth);

    /// <summary>A value with its unit as the report writes it: counts of ten thousand and more in 万 ("1.45万个").</summary>
    public static string Amount(decimal value, string unit) => unit switch
    {
        "%" => $"{Number(value)}%",
        _ when Math.Abs(value) >= 10_000m && !unit.StartsWith('万') && !unit.StartsWith('亿') =>
            $"{Math.Round(value / 10_000m, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture)}万{unit}",
        _ => $"{Number(value)}{unit}",
    };

    private static string Number(decimal value) =>
        Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);
}
