using IndustryPlatform.BuildingBlocks.Caching;
using IndustryPlatform.Rules;
using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.UseCases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace IndustryPlatform.Enterprises.IntegrationTests;

public sealed class TierLadder(EnterprisesHost host) : IClassFixture<EnterprisesHost>
{
    private static readonly int Year = Scenario.ThisYear;
    private static readonly int LastYear = Scenario.ThisYear - 1;

    private static CancellationToken None => TestContext.Current.CancellationToken;

    private Task<TierRecordEntry> ProposeAsync(string code, string tier, int year) =>
        host.UseAsync<ProposeTierCandidate, TierRecordEntry>(p => p.HandleAsync(new ProposeTierCandidateCommand(code, tier, year, "市经信局"), None));

    private Task<TierRecordEntry> CertifyAsync(string code, string tier, int year) =>
        host.UseAsync<CertifyTier, TierRecordEntry>(c => c.HandleAsync(new CertifyTierCommand(new TierRecordKey(code, tier, year), null), None));

    private Task<GetPyramidResult> PyramidAsync(int year) =>
        host.UseAsync<GetPyramid, GetPyramidResult>(p => p.HandleAsync(year, None));

    [Fact]
    public async Task Candidate_certified_and_revoked_each_announce_themselves_and_keep_the_history()
    {
        var code = await host.RegisterAsync(district: "nanxun");

        var proposed = await ProposeAsync(code, "chain-leader", Year);
        var certified = await CertifyAsync(code, "chain-leader", Year);
        var duplicate = await Assert.ThrowsAsync<AlreadyExistsException>(() => CertifyAsync(code, "chain-leader", Year));
        var proposedAgain = await Assert.ThrowsAsync<AlreadyExistsException>(() => ProposeAsync(code, "chain-leader", Year));
        var revoked = await host.UseAsync<RevokeTier, TierRecordEntry>(r =>
            r.HandleAsync(new RevokeTierCommand(new TierRecordKey(code, "chain-leader", Year), "不再符合条件"), None));

        Assert.Equal("Candidate", proposed.Status);
        Assert.Equal("Certified", certified.Status);
        Assert.Equal("tier.already-certified", duplicate.Rule);
        Assert.Equal("tier-record.exists", proposedAgain.Rule);
        Assert.Equal("Revoked", revoked.Status);

        var candidate = await host.Events.WaitForAsync<TierCandidateProposed>(e => e.CreditCode == code);
        var certification = await host.Events.WaitForAsync<TierCertified>(e => e.CreditCode == code);
        var revocation = await host.Events.WaitForAsync<TierRevoked>(e => e.CreditCode == code);
        Assert.Equal(("chain-leader", "Municipal", Year, "nanxun"), (candidate.TierCode, candidate.Level, candidate.Year, candidate.DistrictCode));
        Assert.Equal(certified.CertifiedOn, certification.CertifiedOn);
        Assert.Equal("不再符合条件", revocation.Reason);

        var stored = await host.UseAsync<ListTierRecords, IReadOnlyList<TierRecordEntry>>(l =>
            l.HandleAsync(new TierRecordFilter(null, null, null, null, code), None));
        var record = Assert.Single(stored);
        Assert.Equal(["Candidate", "Certified", "Revoked"], record.History.Select(h => h.Status));
        Assert.Equal(3, record.Version);
    }

    [Fact]
    public async Task The_yearly_run_proposes_each_enterprise_that_newly_meets_a_tier_and_nothing_twice()
    {
        var meets = await host.RegisterAsync(district: "changxing", founded: "2015-03-01");
        var misses = await host.RegisterAsync(district: "changxing", founded: "2015-03-01");
        var pooled = await host.RegisterAsync(district: "changxing", founded: "2015-03-01");
        await host.RecordAsync(meets, Year, Scenario.Figures(revenue: 5_000m, rd: 200m));
        await host.RecordAsync(misses, Year, Scenario.Figures(revenue: 5_000m, rd: 20m));
        await host.RecordAsync(pooled, Year, Scenario.Figures(revenue: 5_000m, rd: 200m));
        await ProposeAsync(pooled, "provincial-srdi", LastYear);

        var run = await host.UseAsync<RunYearlyCandidates, CandidateRunResult>(r => r.HandleAsync(Year, None));
        var rerun = await host.UseAsync<RunYearlyCandidates, CandidateRunResult>(r => r.HandleAsync(Year, None));

        string[] mine = [meets, misses, pooled];
        var proposed = run.Proposed.Where(p => mine.Contains(p.CreditCode)).Select(p => (p.CreditCode, p.TierCode)).Order().ToList();
        Assert.Equal(new[] { (meets, "innovative-sme"), (meets, "provincial-srdi"), (pooled, "innovative-sme") }.Order(), proposed);
        Assert.All(run.Proposed, p => Assert.Equal(RunYearlyCandidates.ProposedBy, p.ProposedBy));
        Assert.DoesNotContain(rerun.Proposed, p => mine.Contains(p.CreditCode));

        var announced = await host.Events.WaitForAsync<TierCandidateProposed>(e => e.CreditCode == meets && e.TierCode == "provincial-srdi");
        Assert.Equal(("Provincial", Year, "changxing"), (announced.Level, announced.Year, announced.DistrictCode));
        await host.Events.WaitForAsync<TierCandidateProposed>(e => e.CreditCode == pooled && e.TierCode == "innovative-sme");
        Assert.Empty(host.Events.All<TierCandidateProposed>(e => e.CreditCode == misses));
    }

    [Fact]
    public async Task The_pyramid_counts_new_and_cumulative_certifications_and_is_recounted_after_a_change()
    {
        var earlier = await host.RegisterAsync(district: "anji");
        var later = await host.RegisterAsync(district: "anji");
        await ProposeAsync(earlier, "future-factory", LastYear);
        await CertifyAsync(earlier, "future-factory", LastYear);

        var before = (await PyramidAsync(Year)).Pyramid.Tiers.Single(t => t.TierCode == "future-factory");
        var cached = await PyramidAsync(Year);
        await ProposeAsync(later, "future-factory", Year);
        await CertifyAsync(later, "future-factory", Year);
        var after = await PyramidAsync(Year);

        Assert.True(cached.FromCache);
        Assert.False(after.FromCache);
        var tier = after.Pyramid.Tiers.Single(t => t.TierCode == "future-factory");
        Assert.Equal(before.NewThisYear + 1, tier.NewThisYear);
        Assert.Equal(before.Cumulative + 1, tier.Cumulative);
        var anji = tier.Districts.Single(d => d.DistrictCode == "anji");
        Assert.True(anji.Cumulative >= 2);
        Assert.Equal("Provincial", tier.Level);
    }

    [Fact]
    public async Task The_pyramid_is_counted_from_PostgreSQL_when_Redis_is_down()
    {
        var options = ConfigurationOptions.Parse("127.0.0.1:1");
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 500;
        options.AsyncTimeout = 500;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        await using var deadRedis = await ConnectionMultiplexer.ConnectAsync(options);
        var policy = new RedisCallPolicy();
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var pyramid = new GetPyramid(
            services.GetRequiredService<EnterprisesDbContext>(), services.GetRequiredService<TierCatalogue>(),
            new PyramidCache(new RedisJsonCache(deadRedis, policy, new CacheEpoch(deadRedis, policy, "test", NullLogger<CacheEpoch>.Instance), NullLogger<RedisJsonCache>.Instance)), TimeProvider.System);

        var result = await pyramid.HandleAsync(Year, None);

        Assert.False(result.FromCache);
        Assert.Equal(services.GetRequiredService<TierCatalogue>().Tiers.Count, result.Pyramid.Tiers.Count);
    }

    [Fact]
    public async Task Evaluation_reads_the_stored_figures_and_held_tiers()
    {
        var code = await host.RegisterAsync(founded: "2010-01-01");
        await host.RecordAsync(code, Year, Scenario.Figures(revenue: 300_000m, taxes: 24_000m, rd: 9_000m, valueAdded: 60_000m, co2: 24_000m));
        await ProposeAsync(code, "provincial-tech-centre", Year);
        await CertifyAsync(code, "provincial-tech-centre", Year);

        var evaluation = await host.UseAsync<EvaluateEnterprise, EnterpriseEvaluation>(e => e.HandleAsync(code, Year, None));

        var elephant = evaluation.Tiers.Single(t => t.TierCode == "golden-elephant");
        Assert.False(elephant.Met);
        Assert.Contains(elephant.Criteria[0].Findings, f => f.Contains("taxes 2.4亿 < 3亿 required", StringComparison.Ordinal));
        Assert.True(elephant.Criteria[1].Met);
        Assert.True(evaluation.Tiers.Single(t => t.TierCode == "golden-bull").Met);
        Assert.Equal(3, evaluation.CarbonEfficiency!.Grade);
    }
}
