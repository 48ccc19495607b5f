using IndustryPlatform.Rules;
using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.UseCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryPlatform.Enterprises.IntegrationTests;

public sealed class FiguresAndAboveScale(EnterprisesHost host) : IClassFixture<EnterprisesHost>
{
    private static readonly int Year = Scenario.ThisYear;
    private static readonly int LastYear = Scenario.ThisYear - 1;

    [Fact]
    public async Task Revenue_at_the_threshold_makes_the_enterprise_above_scale_once_and_announces_it()
    {
        var code = await host.RegisterAsync(district: "deqing");

        var first = await host.RecordAsync(code, Year, Scenario.Figures(revenue: 2_000m));
        var again = await host.RecordAsync(code, Year, Scenario.Figures(revenue: 2_600m));
        var below = await host.RecordAsync(code, LastYear, Scenario.Figures(revenue: 1_999m));

        Assert.True(first.AboveScale);
        Assert.Equal("Revenue", first.AboveScaleSource);
        Assert.Equal(2_600m, again.MainBusinessRevenue);
        Assert.False(below.AboveScale);
        var announced = await host.Events.WaitForAsync<EnterpriseBecameAboveScale>(e => e.CreditCode == code);
        Assert.Equal((Year, "deqing", "Revenue"), (announced.Year, announced.DistrictCode, announced.Source));

        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        Assert.Single(host.Events.All<EnterpriseBecameAboveScale>(e => e.CreditCode == code));
        var read = await host.UseAsync<GetYearlyFigures, IReadOnlyList<FiguresEntry>>(g => g.AllYearsAsync(code, TestContext.Current.CancellationToken));
        Assert.Equal([Year, LastYear], read.Select(f => f.Year));
    }

    [Fact]
    public async Task Refused_figures_leave_nothing_written()
    {
        var code = await host.RegisterAsync();

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            host.RecordAsync(code, Year, Scenario.Figures(revenue: 100m, rd: 150m, valueAdded: 50m) with { EnergyTce = -1m }));

        Assert.Equal(["figure.negative", "rd-spend.exceeds-revenue"], refused.Violations.Select(v => v.Rule.Value).Order());
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnterprisesDbContext>();
        Assert.False(await db.YearlyFigures.AnyAsync(f => f.CreditCode == code, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Figures_of_an_unknown_enterprise_are_refused_as_not_found()
    {
        var refused = await Assert.ThrowsAsync<NotFoundException>(() => host.RecordAsync(Scenario.NewCreditCode(), Year, Scenario.Figures()));

        Assert.Equal("enterprise.not-found", refused.Rule);
    }

    [Fact]
    public async Task A_project_reaching_above_scale_makes_its_enterprise_above_scale_for_that_year()
    {
        var code = await host.RegisterAsync(district: "anji");
        await host.RecordAsync(code, Year, Scenario.Figures(revenue: 1_500m));

        foreach (var stage in new[] { ProjectStage.InProduction, ProjectStage.AboveScale })
        {
            await host.ListenerBus.Publish(new ProjectStageAdvanced(Guid.NewGuid(), code, "anji", "nev", ProjectKind.NewManufacturing, 3.2m, true, false,
                stage, new DateOnly(Year, 1, 2), 1, DateTimeOffset.UtcNow), TestContext.Current.CancellationToken);
        }

        var announced = await host.Events.WaitForAsync<EnterpriseBecameAboveScale>(e => e.CreditCode == code);
        Assert.Equal((Year, "Project"), (announced.Year, announced.Source));
        var figures = await host.UseAsync<GetYearlyFigures, FiguresEntry>(g => g.OneYearAsync(code, Year, TestContext.Current.CancellationToken));
        Assert.True(figures.AboveScale);
        Assert.Equal("Project", figures.AboveScaleSource);
    }
}
