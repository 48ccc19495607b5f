using System.Text.Json.Nodes;
using IndustryPlatform.Contracts.Events;
using IndustryPlatform.EndToEnd.Tests;
using IndustryPlatform.Testing;
using static IndustryPlatform.EndToEnd.Tests.CountedFigureRequests;

namespace IndustryPlatform.Faults.Tests;

/// <summary>
/// A project's facts arriving late, on the real broker: after Indicators has counted a project as it stands, an older
/// version of its facts (not yet started, another name) and the same version saying something else change neither the
/// figures nor their explanations; a newer version does. As a redelivery, a relay's retry or a resync crossing a change
/// would deliver them.
/// </summary>
/// <remarks>The year 2015 is this test's alone: no demo record and no other test files a project in it.</remarks>
[Collection(OneFaultAtATime.Name)]
public sealed class OlderFactsChangeNothing(PlatformFixture platform)
{
    private const string Period = "2015";
    private const string Filed = "major-projects-filed";
    private const string Started = "major-projects-started";

    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_older_or_repeated_project_fact_changes_no_figure_and_a_newer_one_does()
    {
        using var gateway = platform.CreateGatewayClient();
        await using var broker = await EventListener.StartAsync(await platform.GetConnectionStringAsync("rabbitmq"), typeof(ProjectFactsChanged));

        var (_, project) = await gateway.RegisterProjectAsync(new DateOnly(2015, 2, 1), 5m);
        var version = await gateway.ChangeProjectAsync(project, "advance", new { expectedVersion = 1, stage = "Started", reachedOn = "2015-04-01" });
        var (_, sentinel) = await gateway.RegisterProjectAsync(new DateOnly(2015, 3, 1), 4m);
        await EventuallyAsync(async () => await CountsAsync(gateway, Started, [project]));
        await EventuallyAsync(async () => await CountsAsync(gateway, Filed, [project, sentinel]));
        var counted = Record(await gateway.ExplainAsync(Started, Period), project);
        Assert.Equal("2015-04-01", (string?)counted["countedOn"]);

        // The registry's own facts of the project as it stands, as they crossed the broker.
        var current = await broker.WaitForAsync<ProjectFactsChanged>(f => f.ProjectId == Guid.Parse(project) && f.Version == version);
        var notStarted = current.Milestones.Select(m => m.Stage == ProjectStage.Started ? m with { ReachedOn = null } : m).ToList();
        await broker.Bus.Publish(current with
        {
            Version = version - 1, Name = $"{current.Name}（旧）", Milestones = notStarted, ChangedAt = current.ChangedAt.AddMinutes(-5),
        }, _cancellation);
        await broker.Bus.Publish(current with { Name = $"{current.Name}（重复）", IsWithdrawn = true }, _cancellation);

        // A change the registry makes after those were published (each confirmed by the broker) crosses the same queue
        // after them. Two batches are applied at once, so the sentinel's batch could, rarely, commit before theirs: then
        // this look comes too early to catch a stale fact that overwrote, but it never fails a platform that is right.
        await gateway.ChangeProjectAsync(sentinel, "advance", new { expectedVersion = 1, stage = "Started", reachedOn = "2015-06-01" });
        await EventuallyAsync(async () => await CountsAsync(gateway, Started, [project, sentinel]));

        Assert.Null(await CountsAsync(gateway, Filed, [project, sentinel]));
        var after = Record(await gateway.ExplainAsync(Started, Period), project);
        Assert.Equal(((string?)counted["name"], (string?)counted["countedOn"]), ((string?)after["name"], (string?)after["countedOn"]));

        // A newer version (the withdrawal the registry is about to make) applies.
        await broker.Bus.Publish(current with { Version = version + 1, IsWithdrawn = true, ChangedAt = DateTimeOffset.UtcNow }, _cancellation);
        await EventuallyAsync(async () => await CountsAsync(gateway, Started, [sentinel]));
        await EventuallyAsync(async () => await CountsAsync(gateway, Filed, [sentinel]));

        // The registry's own withdrawal is that version again: the figures stay where the registry has them.
        await gateway.ChangeProjectAsync(project, "withdraw", new { expectedVersion = version, reason = "企业战略调整，项目退库" });
        foreach (var (indicator, registry) in new[] { (Started, "major-started"), (Filed, "major-filed-newly-introduced") })
        {
            var holds = await RegistryProjectsAsync(gateway, registry);
            Assert.Equal([sentinel], holds);
            Assert.Null(await CountsAsync(gateway, indicator, holds));
        }

        // Facts the consumer could not take would wait in its error queue instead.
        var faulted = await new FactQueues(await platform.GetConnectionStringAsync("rabbitmq")).FaultedAsync(_cancellation);
        Assert.All(faulted, queue => Assert.True(queue.Value == 0, $"{queue.Key} holds {queue.Value} messages"));
    }

    /// <summary>Null when the figure counts exactly <paramref name="projects"/>, each named once by its explanation; else what differs.</summary>
    private static async Task<string?> CountsAsync(HttpClient gateway, string indicator, IReadOnlyCollection<string> projects)
    {
        var figure = await gateway.FigureAsync(indicator, Period) ?? 0m;
        var explanation = await gateway.ExplainAsync(indicator, Period);
        var named = explanation.Records().Select(r => (string)r["recordId"]!).Order(StringComparer.Ordinal).ToList();
        return figure == projects.Count && named.SequenceEqual(projects.Order(StringComparer.Ordinal), StringComparer.Ordinal)
            ? null
            : $"{indicator} {Period}: figure {figure}, naming [{string.Join(", ", named)}], expected [{string.Join(", ", projects.Order(StringComparer.Ordinal))}]";
    }

    private static JsonNode Record(JsonObject? explanation, string project) =>
        explanation.Records().Single(r => (string?)r["recordId"] == project);

    private static async Task<IReadOnlyList<string>> RegistryProjectsAsync(HttpClient gateway, string figure) =>
        [.. (await gateway.GetJsonAsync($"/api/v1/projects/statistics/{figure}/projects?year={Period}&pageSize=200"))["items"]!.AsArray()
            .Select(p => (string)p!["id"]!).Order(StringComparer.Ordinal)];
}
