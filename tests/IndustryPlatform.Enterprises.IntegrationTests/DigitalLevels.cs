using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.UseCases;
using IndustryPlatform.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryPlatform.Enterprises.IntegrationTests;

/// <summary>数字化改造 levels recorded with their history, and the coverage of a year's above-scale enterprises.</summary>
public sealed class DigitalLevels(EnterprisesHost host) : IClassFixture<EnterprisesHost>
{
    private static readonly int Year = Scenario.ThisYear - 1;

    private static CancellationToken None => TestContext.Current.CancellationToken;

    private Task<DigitalLevelEntry> RecordAsync(string code, string level, DateOnly reachedOn, string evidence = "湖经信数改评估 2024-017") =>
        host.UseAsync<RecordDigitalLevel, DigitalLevelEntry>(r => r.HandleAsync(new RecordDigitalLevelCommand(code, level, reachedOn, evidence), None));

    private Task<DigitalCoverage> CoverageAsync() => host.UseAsync<GetDigitalCoverage, DigitalCoverage>(c => c.HandleAsync(Year, None));

    [Fact]
    public async Task Levels_are_kept_with_their_history_and_count_into_the_coverage_of_the_above_scale_enterprises_at_the_year_s_end()
    {
        var before = await CoverageAsync();
        var digital2 = await host.RegisterAsync(district: "changxing");
        var digital1 = await host.RegisterAsync(district: "changxing");
        var notYet = await host.RegisterAsync(district: "changxing");
        var small = await host.RegisterAsync(district: "changxing");
        foreach (var code in new[] { digital2, digital1, notYet })
        {
            await host.RecordAsync(code, Year, Scenario.Figures(revenue: 5_000m));
        }

        await host.RecordAsync(small, Year, Scenario.Figures(revenue: 1_000m, rd: 50m, valueAdded: 500m));
        await RecordAsync(digital2, "1.0", new DateOnly(Year, 3, 1));
        await RecordAsync(digital2, "2.0", new DateOnly(Year, 11, 30), "2.0贯通评估 2024-2-005");
        await RecordAsync(digital1, "1.0", new DateOnly(Year, 12, 31));
        await RecordAsync(notYet, "1.0", new DateOnly(Year + 1, 1, 1));
        await RecordAsync(small, "1.0", new DateOnly(Year, 6, 1));

        var after = await CoverageAsync();
        var history = await host.UseAsync<GetDigitalLevels, DigitalLevelHistory>(g => g.HandleAsync(digital2, None));

        var changxing = after.Districts.Single(d => d.Code == "changxing");
        var changxingBefore = before.Districts.SingleOrDefault(d => d.Code == "changxing") ?? DigitalCoverageGroup.Of("changxing", []);
        Assert.Equal(changxingBefore.AboveScale + 3, changxing.AboveScale);
        Assert.Equal(changxingBefore.AtLevel1OrAbove + 2, changxing.AtLevel1OrAbove);
        Assert.Equal(changxingBefore.AtLevel2 + 1, changxing.AtLevel2);
        Assert.Equal(after.City.AboveScale, after.Districts.Sum(d => d.AboveScale));
        Assert.Equal(after.City.AtLevel1OrAbove, after.Industries.Sum(i => i.AtLevel1OrAbove));
        Assert.Equal("2.0", history.Current);
        Assert.Equal(["2.0", "1.0"], history.History.Select(h => h.Level));
        Assert.Equal("2.0贯通评估 2024-2-005", history.History[0].Evidence);
        Assert.Equal("platform", history.History[0].RecordedBy);
    }

    [Fact]
    public async Task Refuses_an_unknown_level_or_enterprise_by_name_and_writes_nothing()
    {
        var code = await host.RegisterAsync();

        var level = await Assert.ThrowsAsync<InvalidInputException>(() => RecordAsync(code, "3.0", new DateOnly(Year, 1, 1)));
        var evidence = await Assert.ThrowsAsync<InvalidInputException>(() => RecordAsync(code, "1.0", new DateOnly(Year, 1, 1), evidence: ""));
        var unknown = await Assert.ThrowsAsync<NotFoundException>(() => RecordAsync(Scenario.NewCreditCode(), "1.0", new DateOnly(Year, 1, 1)));

        Assert.Equal("digital-level.unknown", level.Rule.Value);
        Assert.Equal("digital-level.evidence-required", evidence.Rule.Value);
        Assert.Equal("enterprise.not-found", unknown.Rule);
        await using var scope = host.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<EnterprisesDbContext>().DigitalLevelRecords.AnyAsync(r => r.CreditCode == code, None));
    }
}
