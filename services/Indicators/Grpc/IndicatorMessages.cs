using Google.Protobuf.WellKnownTypes;
using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.UseCases;
using V1 = IndustryPlatform.Contracts.Indicators.V1;

namespace IndustryPlatform.Indicators.Grpc;

/// <summary>Between proto messages and the use cases' records.</summary>
internal static class IndicatorMessages
{
    public static SubmittedRow ToRow(this V1.ObservationRow row) =>
        new(row.IndicatorCode, row.RegionCode, row.Period, row.Basis, (decimal)row.Value, row.Unit, row.Confirmed);

    public static V1.Indicator ToMessage(this Indicator indicator)
    {
        var message = new V1.Indicator
        {
            Code = indicator.Code,
            NameZh = indicator.NameZh,
            NameEn = indicator.NameEn,
            Unit = indicator.Unit,
            Frequency = indicator.Frequency.ToString(),
            HigherIsBetter = indicator.HigherIsBetter,
            Aggregation = indicator.Aggregation.ToString(),
            Derived = indicator.Derived is { } derived ? Data.DerivedColumn.Write(derived) : "",
            CityOnly = indicator.CityOnly,
        };
        message.Components.AddRange(indicator.Components);
        return message;
    }

    public static V1.BatchResult ToMessage(this BatchResult result)
    {
        var message = new V1.BatchResult
        {
            Accepted = result.Accepted,
            Rejected = result.Rejected,
            NeedsConfirmation = result.NeedsConfirmation,
            Unchanged = result.Unchanged,
        };
        message.Rows.AddRange(result.Rows.Select(r =>
        {
            var row = new V1.RowResult { Row = r.Row, Outcome = r.Outcome.ToString(), Vintage = r.Vintage ?? 0 };
            row.Findings.AddRange(r.Findings.Select(f => new V1.RowFinding { Field = f.Field, Rule = f.Rule, Message = f.Message }));
            return row;
        }));
        return message;
    }

    public static V1.IndicatorSummary ToMessage(this IndicatorSummary s)
    {
        var message = new V1.IndicatorSummary
        {
            IndicatorCode = s.IndicatorCode,
            NameZh = s.NameZh,
            NameEn = s.NameEn,
            Unit = s.Unit,
            RegionCode = s.RegionCode,
            Period = s.Period,
            Basis = s.Basis.ToString(),
            Value = (double)s.Value,
            Source = s.Source.ToString(),
            LastYear = Wrap(s.LastYear),
            GrowthPercent = Wrap(s.GrowthPercent),
            ChangeFromLastYear = Wrap(s.ChangeFromLastYear),
            Rank = s.Rank ?? 0,
            RankedCities = s.RankedCities ?? 0,
            Province = Wrap(s.Province),
            GapToProvince = Wrap(s.GapToProvince),
            Target = Wrap(s.Target),
            CompletionPercent = Wrap(s.CompletionPercent),
            Light = s.Light?.ToString() ?? "",
            IsDemo = s.IsDemo,
        };
        message.Warnings.AddRange(s.Warnings);
        return message;
    }

    public static V1.RankingTable ToMessage(this RankingTable table)
    {
        var message = new V1.RankingTable
        {
            IndicatorCode = table.IndicatorCode,
            NameZh = table.NameZh,
            Unit = table.Unit,
            Period = table.Period,
            Province = Wrap(table.Province),
        };
        message.Rows.AddRange(table.Rows.Select(r => new V1.RankingRow
        {
            Rank = r.Rank, RegionCode = r.RegionCode, NameZh = r.NameZh, Value = (double)r.Value, GapToProvince = Wrap(r.GapToProvince), Source = r.Source.ToString(),
        }));
        return message;
    }

    public static V1.DistrictComparison ToMessage(this DistrictComparison comparison)
    {
        var message = new V1.DistrictComparison
        {
            IndicatorCode = comparison.IndicatorCode,
            NameZh = comparison.NameZh,
            Unit = comparison.Unit,
            HigherIsBetter = comparison.HigherIsBetter,
            Aggregation = comparison.Aggregation.ToString(),
            Period = comparison.Period,
            Basis = comparison.Basis.ToString().ToLowerInvariant(),
            City = Wrap(comparison.City),
            CitySource = comparison.CitySource?.ToString() ?? "",
            IsDemo = comparison.IsDemo,
        };
        message.Districts.AddRange(comparison.Districts.Select(d => new V1.DistrictStanding
        {
            Rank = d.Rank ?? 0,
            RegionCode = d.RegionCode,
            NameZh = d.NameZh,
            Value = Wrap(d.Value),
            Source = d.Source?.ToString() ?? "",
            Target = Wrap(d.Target),
            CompletionPercent = Wrap(d.CompletionPercent),
            Light = d.Light?.ToString() ?? "",
            ShareOfCity = Wrap(d.ShareOfCity),
            IsDemo = d.IsDemo,
        }));
        message.Unranked.AddRange(comparison.Unranked);
        return message;
    }

    public static V1.Series ToMessage(this Series series)
    {
        var message = new V1.Series { IndicatorCode = series.IndicatorCode, RegionCode = series.RegionCode, Unit = series.Unit };
        message.Points.AddRange(series.Points.Select(p => new V1.SeriesPoint
        {
            Period = p.Period,
            Value = (double)p.Value,
            Source = p.Source.ToString(),
            Vintage = p.Vintage ?? 0,
            SubmittedBy = p.SubmittedBy ?? "",
            SubmittedAt = p.SubmittedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
        }));
        return message;
    }

    public static V1.Vintage ToMessage(this VintageRow vintage)
    {
        var message = new V1.Vintage
        {
            Vintage_ = vintage.Vintage,
            Value = (double)vintage.Value,
            SubmittedBy = vintage.SubmittedBy,
            SubmittedAt = Timestamp.FromDateTimeOffset(vintage.SubmittedAt),
        };
        message.Warnings.AddRange(vintage.Warnings);
        return message;
    }

    public static V1.Bulletin ToMessage(this Bulletin bulletin)
    {
        var message = new V1.Bulletin
        {
            RegionCode = bulletin.RegionCode,
            Period = bulletin.Period,
            LabelZh = bulletin.LabelZh,
            Text = bulletin.Text,
            ContainsDemoData = bulletin.ContainsDemoData,
        };
        message.Items.AddRange(bulletin.Items.Select(i => new V1.BulletinItem { Sentence = i.Sentence, Source = i.Source.ToString(), Summary = i.Summary.ToMessage() }));
        return message;
    }

    public static V1.FigureExplanation ToMessage(this FigureExplanation e)
    {
        var message = new V1.FigureExplanation
        {
            IndicatorCode = e.IndicatorCode,
            RegionCode = e.RegionCode,
            Period = e.Period,
            Basis = e.Basis.ToString(),
            Value = (double)e.Value,
            Source = e.Source.ToString(),
            IsDemo = e.IsDemo,
            Derived = e.Derived is { } derived ? Data.DerivedColumn.Write(derived) : "",
            TotalRecords = e.Records?.Total ?? 0,
            Page = e.Records?.Page ?? 0,
            PageSize = e.Records?.PageSize ?? 0,
        };
        message.Records.AddRange((e.Records?.Items ?? []).Select(r => new V1.CountedRecord
        {
            RecordId = r.RecordId,
            CreditCode = r.CreditCode,
            Name = r.Name,
            DistrictCode = r.DistrictCode,
            CountedOn = r.CountedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            Year = r.Year ?? 0,
            Status = r.Status,
            Amount = Wrap(r.Amount),
            IsDemo = r.IsDemo,
        }));
        message.Components.AddRange(e.Components.Select(c => new V1.ComponentFigure
        {
            IndicatorCode = c.IndicatorCode, RegionCode = c.RegionCode, Period = c.Period, Value = Wrap(c.Value), Source = c.Source?.ToString() ?? "", IsDemo = c.IsDemo,
        }));
        message.Vintages.AddRange(e.Vintages.Select(v => v.ToMessage()));
        return message;
    }

    private static double? Wrap(decimal? value) => value is { } v ? (double)v : null;
}
