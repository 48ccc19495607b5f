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
        return message;
    }

    private static StatisticsRow ToMessage(Domain.StatisticsRow row)
    {
        var startRate = new StartRate { PlannedToStart = row.StartRate.PlannedToStart, Started = row.StartRate.Started };
        if (row.StartRate.Percent is { } percent)
        {
            startRate.Percent = (double)percent;
        }

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
