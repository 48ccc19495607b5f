using IndustryPlatform.Contracts.Projects.V1;
using IndustryPlatform.Projects.Grpc;
using Domain = IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.Tests;

/// <summary>The gRPC shape of the statistics: what the domain leaves empty stays absent, never a misleading zero.</summary>
public sealed class StatisticsMessages_Map
{
    [Fact]
    public void An_unset_year_or_grouping_reaches_the_use_case_as_not_given_so_its_rule_refuses_it()
    {
        Assert.Equal(new UseCases.ProjectStatisticsQuery(null, null), new GetProjectStatisticsRequest().ToQuery());
        Assert.Equal(new UseCases.ProjectStatisticsQuery("2024", "District"),
            new GetProjectStatisticsRequest { Year = 2024, By = StatisticsBy.District }.ToQuery());
        Assert.Equal(new UseCases.ProjectStatisticsQuery("2024", null), new GetProjectStatisticsRequest { Year = 2024, By = (StatisticsBy)7 }.ToQuery());
    }

    [Fact]
    public void Targets_rates_and_shares_are_absent_where_there_is_none_and_carried_where_there_is()
    {
        var city = new Domain.StatisticsGroup("huzhou", "湖州市", "Huzhou");
        var nev = new Domain.StatisticsGroup("nev", "新能源汽车及关键零部件", "New-energy vehicles and key parts", IsEightChains: true);
        var none = new Domain.StageFigures(0, 0m, 0, 0m, null, null);
        var statistics = new Domain.ProjectStatistics(2024, Domain.TargetScope.Chain,
            [new Domain.StatisticsRow(nev, new Domain.StageFigures(36, 140.5m, 35, 138m, 28, 125.0m), none, none, none, new Domain.StartRate(4, 4, 100m))],
            new Domain.StatisticsRow(city, none, none, none, none, new Domain.StartRate(0, 0, null)),
            new Domain.EightChainsShare(0, 0, null),
            [new Domain.FigureCount("technical-upgrade-filed", "技改项目", 407, 225.7m)],
            new Domain.StartRate(94, 94, 100m));

        var message = statistics.ToMessage();

        Assert.Equal((2024, StatisticsBy.Chain), (message.Year, message.By));
        var row = Assert.Single(message.Rows);
        Assert.Equal(("nev", true), (row.Code, row.IsEightChains));
        Assert.Equal((36, 140.5, 35, 138.0, 28, 125.0),
            (row.Filed.Count, row.Filed.InvestmentYi, row.Filed.MajorCount, row.Filed.MajorInvestmentYi, row.Filed.Target, row.Filed.TargetCompletionPercent));
        Assert.Equal(100.0, row.StartRate.Percent);
        Assert.False(row.Started.HasTarget);
        Assert.False(row.Started.HasTargetCompletionPercent);
        Assert.Equal("湖州市", message.CityTotal.NameZh);
        Assert.False(message.CityTotal.StartRate.HasPercent);
        Assert.False(message.EightChainsShare.HasPercent);
        var figure = Assert.Single(message.Figures);
        Assert.Equal(("technical-upgrade-filed", 407, 225.7), (figure.Code, figure.Count, figure.InvestmentYi));
        Assert.Equal((94, 94, 100.0), (message.ProvincialStartRate.PlannedToStart, message.ProvincialStartRate.Started, message.ProvincialStartRate.Percent));
    }
}
