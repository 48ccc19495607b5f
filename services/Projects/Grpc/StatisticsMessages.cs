using System.Globalization;
using IndustryPlatform.Contracts.Projects.V1;
using IndustryPlatform.Projects.UseCases;
using Domain = IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.Grpc;

/// <summary>Between the statistics messages and the use case. Proto3 optional fields stay absent where the domain has no value.</summary>
internal static class StatisticsMessages
{
    public static ProjectStatisticsQuery ToQuery(this GetProjectStatisticsRequest r) => new(
        r.Year == 0 ? null : r.Year.ToString(CultureInfo.InvariantCulture),
        r.By == StatisticsBy.Unspecified || !System.Enum.IsDefined(r.By) ? null : ((Domain.TargetScope)(int)r.By).ToString());

    public static ProjectStatistics ToMessage(this Domain.ProjectStatistics s)
    {
        var message = new ProjectStatistics
        {
            Year = s.Year,
            By = (StatisticsBy)(int)s.By,
            CityTotal = ToMessage(s.CityTotal),
            EightChainsShare = new EightChainsShare { MajorFiled = s.EightChainsShare.MajorFiled, InEightChains = s.EightChainsShare.InEightChains },
        };
        if (s.EightChainsShare.Percent is { } share)
        {
            message.EightChainsShare.Percent = (double)share;
        }

        message.Rows.AddRange(s.Rows.Select(ToMessage));
        message.Figures.AddRange(s.Figures.Select(f => new FigureCount { Code = f.Code, NameZh = f.NameZh, Count = f.Count, InvestmentYi = (double)f.InvestmentYi }));
        message.ProvincialStartRate = ToMessage(s.ProvincialStartRate);
        return message;
    }

    public static FigureProjectsQuery ToQuery(this ListFigureProjectsRequest r) => new(
        r.Figure, r.Year == 0 ? null : r.Year.ToString(CultureInfo.InvariantCulture), r.DistrictCode, r.Page, r.PageSize);

    public static Contracts.Projects.V1.FigureProjectPage ToMessage(this UseCases.FigureProjectPage page)
    {
        var message = new Contracts.Projects.V1.FigureProjectPage
        {
            Figure = page.Figure, NameZh = page.NameZh, Year = page.Year, DistrictCode = page.District ?? string.Empty,
            Page = page.Page, PageSize = page.PageSize, Total = page.Total, InvestmentYi = (double)page.InvestmentYi,
        };
        message.Items.AddRange(page.Items.Select(p => new Contracts.Projects.V1.FigureProject
        {
            Id = p.Id.ToString(), Name = p.Name, DistrictCode = p.DistrictCode, ChainCode = p.ChainCode,
            TotalInvestmentYi = (double)p.TotalInvestmentYi, CountedOn = IndustryPlatform.Rules.IsoDate.Write(p.CountedOn),
        }));
        return message;
    }

    private static StartRate ToMessage(Domain.StartRate rate)
    {
        var message = new StartRate { PlannedToStart = rate.PlannedToStart, Started = rate.Started };
        if (rate.Percent is { } percent)
        {
            message.Percent = (double)percent;
        }

        return message;
    }

    private static StatisticsRow ToMessage(Domain.StatisticsRow row)
    {
        var startRate = ToMessage(row.StartRate);
        return new StatisticsRow
        {
            Code = row.Group.Code,
            NameZh = row.Group.NameZh,
            NameEn = row.Group.NameEn,
            IsEightChains = row.Group.IsEightChains,
            Filed = ToMessage(row.Filed),
            Started = ToMessage(row.Started),
            Completed = ToMessage(row.Completed),
            InProduction = ToMessage(row.InProduction),
            StartRate = startRate,
        };
    }

    private static StageFigures ToMessage(Domain.StageFigures figures)
    {
        var message = new StageFigures
        {
            Count = figures.Count,
            InvestmentYi = (double)figures.InvestmentYi,
            MajorCount = figures.MajorCount,
            MajorInvestmentYi = (double)figures.MajorInvestmentYi,
        };
        if (figures.Target is { } target)
        {
            message.Target = target;
        }

        if (figures.TargetCompletionPercent is { } completion)
        {
            message.TargetCompletionPercent = (double)completion;
        }

        return message;
    }
}
