using System.Globalization;
using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using IndustryPlatform.EndToEnd.Tests;
using IndustryPlatform.Testing;
using static IndustryPlatform.EndToEnd.Tests.CountedFigureRequests;

namespace IndustryPlatform.Faults.Tests;

/// <summary>
/// Indicators stopped while the registries go on: projects are filed, started, completed and withdrawn, tier records
/// certified and revoked. Started again, it counts exactly what the registries hold — each record once, none missing,
/// none that no longer counts — whether the facts waited for it in its queues or were lost and come back only with
/// the resync it asks for at every start.
/// </summary>
/// <remarks>
/// Each scenario's projects have a year of their own that no demo record and no other test uses (2013, 2014), and its
/// tier records a tier of their own for last year (the demo world's end in 2024; a candidacy lapses two years after its
/// year, so an older one can no longer be certified), so the figures are exactly the scenario's records.
/// </remarks>
[Collection(OneFaultAtATime.Name)]
public sealed class IndicatorsCatchesUp(PlatformFixture platform)
{
    private const string Indicators = "indicators";

    /// <summary>Each project figure and the figure of the registry's own statistics that counts the same projects.</summary>
    private static readonly (string Indicator, string Registry)[] ProjectFigures =
    [
        ("major-projects-filed", "major-filed-newly-introduced"),
        ("major-projects-started", "major-started"),
        ("major-projects-completed", "major-completed"),
    ];

    /// <summary>The resync republishes every record of both registries (the demo world's thousands) besides the queued facts.</summary>
    private static readonly TimeSpan CatchUpPatience = TimeSpan.FromSeconds(180);

    /// <summary>Last year in Huzhou: the newest year whose tier records the scenarios may certify and none other holds.</summary>
    private static readonly int TierYear = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year - 1;

    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task After_a_stop_Indicators_counts_exactly_what_the_registries_hold_from_the_facts_that_waited_for_it()
    {
        var world = await ChangeTheRegistriesWhileIndicatorsIsStoppedAsync(2013, new("new-5g-factories", "5g-factory"), loseTheWaitingFacts: false);

        await StartIndicatorsAsync(world);

        await AssertCountedAsTheRegistriesHoldAsync(world);
    }

    [Fact]
    public async Task Facts_lost_while_Indicators_was_stopped_come_back_with_the_resync_it_asks_for_at_start()
    {
        var world = await ChangeTheRegistriesWhileIndicatorsIsStoppedAsync(2014, new("new-provincial-future-factories", "future-factory"), loseTheWaitingFacts: true);

        await StartIndicatorsAsync(world);

        await AssertCountedAsTheRegistriesHoldAsync(world);
    }

    /// <summary>
    /// Before the stop: two major projects filed and started, one enterprise certified in the tier, all counted. During
    /// it: the first project withdrawn, the second completed, a third filed and started, a small one (under 3亿) filed;
    /// the first certification revoked, a second made, a third made and revoked at once.
    /// </summary>
    private async Task<World> ChangeTheRegistriesWhileIndicatorsIsStoppedAsync(int year, TierCount tier, bool loseTheWaitingFacts)
    {
        using var gateway = platform.CreateGatewayClient();
        var tierPeriod = Year(TierYear);
        var tierBefore = await gateway.FigureAsync(tier.Indicator, tierPeriod) ?? 0m;

        var (withdrawnCode, withdrawn) = await gateway.RegisterProjectAsync(new DateOnly(year, 2, 1), 5m);
        var withdrawnVersion = await gateway.ChangeProjectAsync(withdrawn, "advance", new { expectedVersion = 1, stage = "Started", reachedOn = Day(new DateOnly(year, 4, 1)) });
        var (_, completed) = await gateway.RegisterProjectAsync(new DateOnly(year, 3, 1), 8m);
        var completedVersion = await gateway.ChangeProjectAsync(completed, "advance", new { expectedVersion = 1, stage = "Started", reachedOn = Day(new DateOnly(year, 5, 1)) });
        await gateway.CertifyTierAsync(withdrawnCode, tier.Code, TierYear);
        var period = Year(year);
        await EventuallyAsync(async () =>
            await gateway.FigureAsync("major-projects-started", period) == 2m && await gateway.FigureAsync(tier.Indicator, tierPeriod) == tierBefore + 1
                ? null
                : $"the projects of {year} and the {tier.Code} certification are not counted before the stop yet");

        var restarts = new ResourceProcesses(platform.App, Indicators).Restarts;
        await StopIndicatorsAsync();

        await gateway.ChangeProjectAsync(withdrawn, "withdraw", new { expectedVersion = withdrawnVersion, reason = "企业战略调整，项目退库" });
        await gateway.ChangeProjectAsync(completed, "advance", new { expectedVersion = completedVersion, stage = "Completed", reachedOn = Day(new DateOnly(year, 11, 1)) });
        var (startedCode, started) = await gateway.RegisterProjectAsync(new DateOnly(year, 6, 1), 6m);
        await gateway.ChangeProjectAsync(started, "advance", new { expectedVersion = 1, stage = "Started", reachedOn = Day(new DateOnly(year, 8, 1)) });
        var (smallCode, _) = await gateway.RegisterProjectAsync(new DateOnly(year, 7, 1), 1m);
        await gateway.RevokeTierAsync(withdrawnCode, tier.Code, TierYear);
        await gateway.CertifyTierAsync(startedCode, tier.Code, TierYear);
        await gateway.CertifyTierAsync(smallCode, tier.Code, TierYear);
        await gateway.RevokeTierAsync(smallCode, tier.Code, TierYear);

        // The registries' outboxes have published every change (5 project facts, 6 tier facts) into the queues of an
        // Indicators that is not there to take them.
        var queues = new FactQueues(await platform.GetConnectionStringAsync("rabbitmq"));
        await EventuallyAsync(async () =>
            await queues.WaitingAsync(FactQueues.Names[0], _cancellation) is >= 5 && await queues.WaitingAsync(FactQueues.Names[1], _cancellation) is >= 6
                ? null
                : "the changes made while Indicators is stopped are not all waiting in its queues");
        if (loseTheWaitingFacts)
        {
            var purged = await queues.PurgeAsync(_cancellation);
            TestContext.Current.TestOutputHelper?.WriteLine($"{purged} waiting facts thrown away");
        }

        return new World(period, tier, tierPeriod, restarts,
            new Dictionary<string, string[]>
            {
                ["major-projects-filed"] = [completed, started],
                ["major-projects-started"] = [completed, started],
                ["major-projects-completed"] = [completed],
            },
            [startedCode]);
    }

    private async Task AssertCountedAsTheRegistriesHoldAsync(World world)
    {
        using var gateway = platform.CreateGatewayClient();

        // What the registries hold is what the scenario made; the year is the scenario's alone.
        foreach (var (indicator, registry) in ProjectFigures)
        {
            Assert.Equal(world.Projects[indicator].Order(StringComparer.Ordinal), await RegistryProjectsAsync(gateway, registry, world.Period));
        }

        Assert.Equal(world.Certified.Order(StringComparer.Ordinal), await RegistryCertifiedAsync(gateway, world.Tier.Code, world.TierPeriod));

        foreach (var (indicator, registry) in ProjectFigures)
        {
            await EventuallyAsync(async () => Differs(indicator, world.Period,
                await RegistryProjectsAsync(gateway, registry, world.Period), await CountedAsync(gateway, indicator, world.Period, "recordId")), CatchUpPatience);
        }

        await EventuallyAsync(async () => Differs(world.Tier.Indicator, world.TierPeriod,
            await RegistryCertifiedAsync(gateway, world.Tier.Code, world.TierPeriod), await CountedAsync(gateway, world.Tier.Indicator, world.TierPeriod, "creditCode")), CatchUpPatience);

        var faulted = await new FactQueues(await platform.GetConnectionStringAsync("rabbitmq")).FaultedAsync(_cancellation);
        Assert.All(faulted, queue => Assert.True(queue.Value == 0, $"{queue.Key} holds {queue.Value} messages"));
    }

    /// <summary>Null when the figure, its explanation's records and the registry's records are the same, each record once; else what differs.</summary>
    private static string? Differs(string indicator, string period, IReadOnlyList<string> registry, Counted counted)
    {
        var doubled = counted.Named.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (doubled.Count > 0)
        {
            return $"{indicator} {period} names {string.Join(", ", doubled)} more than once";
        }

        if (!counted.Named.Order(StringComparer.Ordinal).SequenceEqual(registry, StringComparer.Ordinal))
        {
            return $"{indicator} {period} names [{string.Join(", ", counted.Named.Order(StringComparer.Ordinal))}], the registry [{string.Join(", ", registry)}]";
        }

        return counted.Value == registry.Count && counted.Total == registry.Count
            ? null
            : $"{indicator} {period}: figure {counted.Value}, {counted.Total} records explained, the registry {registry.Count}";
    }

    private sealed record Counted(decimal Value, int Total, IReadOnlyList<string> Named);

    /// <summary>The figure (0 where there is none), how many records its explanation says it counted, and what it names by <paramref name="key"/>.</summary>
    private static async Task<Counted> CountedAsync(HttpClient gateway, string indicator, string period, string key)
    {
        var value = await gateway.FigureAsync(indicator, period) ?? 0m;
        var explanation = await gateway.ExplainAsync(indicator, period);
        return new Counted(value, (int?)explanation?["records"]?["total"] ?? 0, [.. explanation.Records().Select(r => (string)r[key]!)]);
    }

    /// <summary>The projects behind a figure of the registry's statistics ("which 58?"), by id.</summary>
    private static async Task<IReadOnlyList<string>> RegistryProjectsAsync(HttpClient gateway, string figure, string year)
    {
        var page = await gateway.GetJsonAsync($"/api/v1/projects/statistics/{figure}/projects?year={year}&pageSize=200");
        Assert.True((int)page["total"]! <= 200, $"{figure} {year}: more than one page");
        return [.. page["items"]!.AsArray().Select(p => (string)p!["id"]!).Order(StringComparer.Ordinal)];
    }

    /// <summary>The enterprises the tier registry holds in <paramref name="tier"/> for the year (certified, or since expired), by credit code.</summary>
    private static async Task<IReadOnlyList<string>> RegistryCertifiedAsync(HttpClient gateway, string tier, string year)
    {
        using var response = await gateway.GetAsync($"/api/v1/tiers/records?year={year}&tier={tier}", TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return [.. (await response.ReadJsonArrayAsync())
            .Where(r => (string?)r!["status"] is "Certified" or "Expired")
            .Select(r => (string)r!["creditCode"]!)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Stopped as an operator stops it (the dashboard's Stop): the supervisor leaves it stopped.</summary>
    private async Task StopIndicatorsAsync()
    {
        await CommandAsync(KnownResourceCommands.StopCommand);
        await platform.App.ResourceNotifications.WaitForResourceAsync(Indicators,
            e => e.Snapshot.State?.Text is { } state && KnownResourceStates.TerminalStates.Contains(state), _cancellation);
    }

    /// <summary>Started as an operator starts it, after the supervisor has left it stopped all along.</summary>
    private async Task StartIndicatorsAsync(World world)
    {
        Assert.True(platform.App.ResourceNotifications.TryGetCurrentState(Indicators, out var stopped));
        Assert.Contains(stopped.Snapshot.State?.Text, KnownResourceStates.TerminalStates);
        Assert.Equal(world.RestartsBeforeStop, new ResourceProcesses(platform.App, Indicators).Restarts);

        await CommandAsync(KnownResourceCommands.StartCommand);
        await platform.App.ResourceNotifications.WaitForResourceHealthyAsync(Indicators, _cancellation);

        // The gateway sends to it again once its health check has seen it back.
        using var gateway = platform.CreateGatewayClient();
        await EventuallyAsync(async () =>
        {
            using var response = await gateway.GetAsync("/api/v1/indicators", _cancellation);
            return response.StatusCode == HttpStatusCode.OK ? null : $"the gateway answers {(int)response.StatusCode} for Indicators";
        });
    }

    private async Task CommandAsync(string command)
    {
        var result = await platform.App.ResourceCommands.ExecuteCommandAsync(Indicators, command, _cancellation);
        Assert.True(result.Success, $"'{command}' on {Indicators}: {result.Message}");
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A tier figure counted on the record's year, and the tier it counts.</summary>
    private sealed record TierCount(string Indicator, string Code);

    /// <summary>What the scenario left in the registries: per project figure the projects it counts, and the enterprises certified in its tier.</summary>
    private sealed record World(string Period, TierCount Tier, string TierPeriod, int RestartsBeforeStop, IReadOnlyDictionary<string, string[]> Projects, string[] Certified);
}
