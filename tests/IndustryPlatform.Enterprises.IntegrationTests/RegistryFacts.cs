using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.UseCases;

namespace IndustryPlatform.Enterprises.IntegrationTests;

/// <summary>
/// The registry's facts: after every committed change the whole tier record (TierRecordChanged) or the enterprise's
/// listing (ListingChanged) at its new version, and all of them again when a resync is asked for.
/// </summary>
public sealed class RegistryFacts(EnterprisesHost host) : IClassFixture<EnterprisesHost>
{
    private static readonly int Year = Scenario.ThisYear;

    private static CancellationToken None => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Proposing_certifying_and_revoking_a_tier_publish_the_record_at_each_version()
    {
        var code = await host.RegisterAsync(district: "deqing", name: "湖州事实测试科技有限公司");
        var key = new TierRecordKey(code, "chain-leader", Year);

        await host.UseAsync<ProposeTierCandidate, TierRecordEntry>(p => p.HandleAsync(new ProposeTierCandidateCommand(code, "chain-leader", Year, "市经信局"), None));
        var certified = await host.UseAsync<CertifyTier, TierRecordEntry>(c => c.HandleAsync(new CertifyTierCommand(key, null), None));
        await host.UseAsync<RevokeTier, TierRecordEntry>(r => r.HandleAsync(new RevokeTierCommand(key, "不再符合条件"), None));

        var candidate = await host.Events.WaitForAsync<TierRecordChanged>(e => e.CreditCode == code && e.Version == 1);
        var certification = await host.Events.WaitForAsync<TierRecordChanged>(e => e.CreditCode == code && e.Version == 2);
        var revocation = await host.Events.WaitForAsync<TierRecordChanged>(e => e.CreditCode == code && e.Version == 3);
        Assert.Equal(("Candidate", "chain-leader", "Municipal", Year, "deqing", "湖州事实测试科技有限公司"),
            (candidate.Status, candidate.TierCode, candidate.Level, candidate.Year, candidate.DistrictCode, candidate.EnterpriseNameZh));
        Assert.Null(candidate.CertifiedOn);
        Assert.Equal(("Certified", certified.CertifiedOn), (certification.Status, (DateOnly?)certification.CertifiedOn));
        Assert.NotNull(certification.ValidUntil);
        Assert.Equal(("Revoked", certified.CertifiedOn), (revocation.Status, (DateOnly?)revocation.CertifiedOn));
        Assert.Equal(candidate.TierRecordId, revocation.TierRecordId);
        Assert.False(revocation.IsDemo);
    }

    [Fact]
    public async Task Registering_listing_and_deactivating_an_enterprise_publish_its_listing_at_each_version()
    {
        var code = Scenario.NewCreditCode();
        const string name = "湖州事实上市测试股份有限公司";
        await host.UseAsync<RegisterEnterprise, RegistryEntry>(r => r.HandleAsync(
            new RegisterEnterpriseCommand(code, new EnterpriseDetails(name, null, "anji", "C3841", "nev", "2010-01-01")), None));
        await host.UseAsync<ChangeEnterprise, RegistryEntry>(c => c.HandleAsync(new ChangeEnterpriseCommand(code, 1,
            new EnterpriseDetails(name, null, "anji", "C3841", "nev", "2010-01-01", ListingDetails.On("sse-main", "603877", "2021-03-18"))), None));
        await host.UseAsync<DeactivateEnterprise, RegistryEntry>(d => d.HandleAsync(new DeactivateEnterpriseCommand(code, 2, "迁出"), None));

        var registered = await host.Events.WaitForAsync<ListingChanged>(e => e.CreditCode == code && e.Version == 1);
        var listed = await host.Events.WaitForAsync<ListingChanged>(e => e.CreditCode == code && e.Version == 2);
        var deactivated = await host.Events.WaitForAsync<ListingChanged>(e => e.CreditCode == code && e.Version == 3);
        Assert.Equal((null, null, true), (registered.Exchange, registered.StockCode, registered.IsActive));
        Assert.Equal(("sse-main", "603877", new DateOnly(2021, 3, 18), true), (listed.Exchange, listed.StockCode, listed.ListedOn, listed.IsActive));
        Assert.Equal(("sse-main", false), (deactivated.Exchange, deactivated.IsActive));
        Assert.Equal(("anji", name, false), (deactivated.DistrictCode, deactivated.EnterpriseNameZh, deactivated.IsDemo));
    }

    [Fact]
    public async Task A_resync_request_republishes_every_tier_record_and_every_listing_as_it_stands()
    {
        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var code = await host.RegisterAsync(district: "changxing");
            await host.UseAsync<ProposeTierCandidate, TierRecordEntry>(p => p.HandleAsync(new ProposeTierCandidateCommand(code, "chain-leader", Year, "市经信局"), None));
            codes.Add(code);
        }

        await host.UseAsync<CertifyTier, TierRecordEntry>(c => c.HandleAsync(new CertifyTierCommand(new TierRecordKey(codes[0], "chain-leader", Year), null), None));
        foreach (var code in codes)
        {
            await host.Events.WaitForAsync<TierRecordChanged>(e => e.CreditCode == code);
        }

        var before = codes.ToDictionary(c => c, c => host.Events.Count<TierRecordChanged>(e => e.CreditCode == c));
        await host.ListenerBus.Publish(new FactsResyncRequested("integration-test", DateTimeOffset.UtcNow), None);

        foreach (var code in codes)
        {
            await WaitUntilAsync(() => host.Events.Count<TierRecordChanged>(e => e.CreditCode == code) > before[code]);
            await WaitUntilAsync(() => host.Events.Count<ListingChanged>(e => e.CreditCode == code) >= 2);
        }

        var republished = host.Events.All<TierRecordChanged>(e => e.CreditCode == codes[0]).Last();
        Assert.Equal((2, "Certified"), (republished.Version, republished.Status));
        Assert.All(codes.Skip(1), c => Assert.Equal((1, "Candidate"),
            (host.Events.All<TierRecordChanged>(e => e.CreditCode == c).Last().Version, host.Events.All<TierRecordChanged>(e => e.CreditCode == c).Last().Status)));
        Assert.All(codes, c => Assert.All(host.Events.All<ListingChanged>(e => e.CreditCode == c), l => Assert.Equal(1, l.Version)));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The republished facts did not arrive within 30 s.");
            await Task.Delay(100, None);
        }
    }
}
