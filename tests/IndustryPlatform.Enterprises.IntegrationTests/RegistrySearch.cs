using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Enterprises.UseCases;

namespace IndustryPlatform.Enterprises.IntegrationTests;

public sealed class RegistrySearch(EnterprisesHost host) : IClassFixture<EnterprisesHost>
{
    private static readonly int Year = Scenario.ThisYear;
    private static readonly int LastYear = Scenario.ThisYear - 1;

    private static CancellationToken None => TestContext.Current.CancellationToken;

    private Task<EnterprisePage> SearchAsync(EnterpriseSearch search) =>
        host.UseAsync<SearchEnterprises, EnterprisePage>(s => s.HandleAsync(search, None));

    [Fact]
    public async Task Searches_by_district_name_fragment_above_scale_and_tier_and_pages()
    {
        var fragment = $"检索{Random.Shared.Next(100_000, 999_999)}";
        var big = await host.RegisterAsync(district: "nantaihu", name: $"湖州{fragment}大型装备有限公司");
        var small = await host.RegisterAsync(district: "nantaihu", name: $"湖州{fragment}小型科技有限公司");
        var elsewhere = await host.RegisterAsync(district: "wuxing", name: $"湖州{fragment}外区有限公司");
        await host.RecordAsync(big, Year, Scenario.Figures(revenue: 50_000m, valueAdded: 10_000m));
        await host.RecordAsync(small, Year, Scenario.Figures(revenue: 900m, rd: 50m, valueAdded: 300m));
        await host.UseAsync<ProposeTierCandidate, TierRecordEntry>(p => p.HandleAsync(new ProposeTierCandidateCommand(small, "5g-factory", Year, "区经信局"), None));
        await host.UseAsync<CertifyTier, TierRecordEntry>(c => c.HandleAsync(new CertifyTierCommand(new TierRecordKey(small, "5g-factory", Year), null), None));

        var inDistrict = await SearchAsync(new(" NANTAIHU ", null, null, null, null, fragment, false, 1, 20));
        var aboveScale = await SearchAsync(new(null, null, null, true, Year, fragment, false, 1, 20));
        var notAboveScale = await SearchAsync(new(null, null, null, false, Year, fragment, false, 1, 20));
        var fiveG = await SearchAsync(new(null, null, "5g-factory", null, null, fragment, false, 1, 20));
        var firstPage = await SearchAsync(new(null, "nev", null, null, null, fragment, false, 1, 2));
        var secondPage = await SearchAsync(new(null, "nev", null, null, null, fragment, false, 2, 2));

        Assert.Equal(new[] { big, small }.Order(), inDistrict.Items.Select(i => i.CreditCode).Order());
        Assert.Equal([big], aboveScale.Items.Select(i => i.CreditCode));
        Assert.Equal(new[] { small, elsewhere }.Order(), notAboveScale.Items.Select(i => i.CreditCode).Order());
        Assert.Equal([small], fiveG.Items.Select(i => i.CreditCode));
        Assert.Equal(3, firstPage.TotalCount);
        Assert.Equal(2, firstPage.Items.Count);
        Assert.Single(secondPage.Items);
        Assert.DoesNotContain(secondPage.Items[0].CreditCode, firstPage.Items.Select(i => i.CreditCode));
    }

    [Fact]
    public async Task A_deactivated_enterprise_leaves_the_search_keeps_its_history_and_is_announced()
    {
        var fragment = $"注销{Random.Shared.Next(100_000, 999_999)}";
        var code = await host.RegisterAsync(name: $"湖州{fragment}有限公司");

        var deactivated = await host.UseAsync<DeactivateEnterprise, RegistryEntry>(d => d.HandleAsync(new DeactivateEnterpriseCommand(code, 1, "迁出"), None));
        var active = await SearchAsync(new(null, null, null, null, null, fragment, false, 1, 20));
        var all = await SearchAsync(new(null, null, null, null, null, fragment, true, 1, 20));
        var history = await host.UseAsync<GetEnterpriseHistory, IReadOnlyList<Domain.EnterpriseHistoryEntry>>(h => h.HandleAsync(code, None));

        Assert.False(deactivated.IsActive);
        Assert.Empty(active.Items);
        Assert.Equal([code], all.Items.Select(i => i.CreditCode));
        Assert.Equal(["Registered", "Deactivated"], history.Select(h => h.Kind));
        var changed = await host.Events.WaitForAsync<EnterpriseChanged>(e => e.CreditCode == code);
        Assert.False(changed.IsActive);
        Assert.Equal(2, changed.Version);
    }
}
