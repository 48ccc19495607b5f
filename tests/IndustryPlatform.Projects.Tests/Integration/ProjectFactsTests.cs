using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using IndustryPlatform.Rules;
using IndustryPlatform.Projects.Domain;
using IndustryPlatform.Projects.UseCases;
using IndustryPlatform.Testing;
using Proto = IndustryPlatform.Contracts.Projects.V1;
using Wire = IndustryPlatform.Contracts.Events;

namespace IndustryPlatform.Projects.Tests.Integration;

/// <summary>
/// What Projects publishes as facts (ProjectFactsChanged after every committed change, all of them on a resync), the
/// withdrawal, the 技改 minimum over REST and gRPC, the project search and the statistics' drill-down.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ProjectFactsTests(ProjectFactsTests.Service service) : IClassFixture<ProjectFactsTests.Service>
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(20);
    private readonly ProjectsHost _host = service.Host;

    public sealed class Service(InfrastructureFixture infrastructure) : IAsyncLifetime
    {
        public ProjectsHost Host { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Host = await ProjectsHost.StartAsync(infrastructure, "projects_it_facts", new DateOnly(2026, 6, 30));
            await Host.AddKnownEnterpriseAsync(Sample.CreditCode);
        }

        public async ValueTask DisposeAsync() => await Host.DisposeAsync();
    }

    [Fact]
    public async Task Register_advance_replan_and_withdraw_each_publish_the_whole_project_at_its_new_version()
    {
        var project = await RegisterAsync(Sample.Details(4m) with { IsDigitalEconomyCore = true });
        project = await _host.CallAsync<AdvanceProject, ProjectRecord>(a => a.HandleAsync(
            new AdvanceProjectCommand(project.Id.ToString(), 1, "Started", "2024-05-10"), CancellationToken.None));
        project = await _host.CallAsync<ReplanProject, ProjectRecord>(r => r.HandleAsync(
            new ReplanProjectCommand(project.Id.ToString(), 2, "Completed", "2025-12-31", "设备到货延后"), CancellationToken.None));
        project = await _host.CallAsync<WithdrawProject, ProjectRecord>(w => w.HandleAsync(
            new WithdrawProjectCommand(project.Id.ToString(), 3, "企业战略调整"), CancellationToken.None));

        var facts = new List<Wire.ProjectFactsChanged>();
        for (var version = 1; version <= 4; version++)
        {
            var v = version;
            facts.Add(await _host.Events.WaitForAsync<Wire.ProjectFactsChanged>(e => e.ProjectId == project.Id && e.Version == v, EventTimeout));
        }

        Assert.Equal(1, _host.Events.Count<Wire.ProjectFactsChanged>(e => e.ProjectId == project.Id && e.Version == 4));
        var registered = facts[0];
        Assert.Equal((Wire.ProjectKind.NewManufacturing, Wire.ProjectOrigin.NewlyIntroduced, 4m, true, true, false, false),
            (registered.Kind, registered.Origin, registered.TotalInvestmentYi, registered.IsMajor, registered.IsDigitalEconomyCore, registered.IsWithdrawn, registered.IsDemo));
        Assert.Equal(Enum.GetValues<Wire.ProjectStage>(), registered.Milestones.Select(m => m.Stage));
        Assert.Equal(new DateOnly(2024, 3, 1), registered.Milestones[0].ReachedOn);
        Assert.Null(registered.Milestones[1].ReachedOn);
        Assert.Equal(new DateOnly(2024, 5, 10), facts[1].Milestones[1].ReachedOn);
        Assert.Equal(new DateOnly(2025, 12, 31), facts[2].Milestones[2].PlannedOn);
        Assert.False(facts[2].IsWithdrawn);
        Assert.True(facts[3].IsWithdrawn);
        Assert.Equal(new DateOnly(2024, 5, 10), facts[3].Milestones[1].ReachedOn);
    }

    [Fact]
    public async Task A_withdrawn_project_keeps_its_record_but_leaves_the_search_the_lists_and_the_statistics()
    {
        var project = await RegisterAsync(Sample.Details(7m) with { DistrictCode = "nanxun" });
        var before = await StatisticsAsync();
        await _host.CallAsync<WithdrawProject, ProjectRecord>(w => w.HandleAsync(
            new WithdrawProjectCommand(project.Id.ToString(), 1, "项目终止"), CancellationToken.None));

        var stored = await _host.CallAsync<GetProject, ProjectRecord>(g => g.HandleAsync(project.Id.ToString(), CancellationToken.None));
        Assert.True(stored.IsWithdrawn);
        Assert.Null(stored.NextStage);
        Assert.Equal((ProjectChangeKind.Withdrawn, "项目终止"), (stored.History[^1].Kind, stored.History[^1].Reason));
        var search = await SearchAsync(new ProjectFilters(), district: "nanxun");
        Assert.DoesNotContain(search.Items, i => i.Id == project.Id);
        var after = await StatisticsAsync();
        Assert.Equal(before.CityTotal.Filed.Count - 1, after.CityTotal.Filed.Count);

        var again = await Assert.ThrowsAsync<AlreadyExistsException>(() => _host.CallAsync<WithdrawProject, ProjectRecord>(w => w.HandleAsync(
            new WithdrawProjectCommand(project.Id.ToString(), 2, "项目终止"), CancellationToken.None)));
        Assert.Equal("project.withdrawn", again.Rule);
    }

    [Fact]
    public async Task A_technical_upgrade_below_five_million_yuan_is_refused_with_the_same_rule_over_REST_and_gRPC()
    {
        using var http = _host.CreateClient(TestTokens.City);
        var rest = await http.PostAsJsonAsync("/api/v1/projects", new
        {
            name = "年产5万件技改项目", enterpriseCreditCode = Sample.CreditCode, districtCode = "changxing", chainCode = "nev",
            kind = "TechnicalUpgrade", origin = "Endogenous", totalInvestmentYi = 0.04m, filedOn = "2024-03-01",
            plannedStartOn = "2024-05-01", plannedCompletionOn = "2025-06-30", plannedProductionOn = "2025-09-30",
            plannedAboveScaleOn = "2026-03-31", plannedAtCapacityOn = "2026-12-31",
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, rest.StatusCode);
        using var problem = JsonDocument.Parse(await rest.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("project.upgrade-below-minimum", problem.RootElement.GetProperty("rule").GetString());
        Assert.Equal("totalInvestmentYi", problem.RootElement.GetProperty("errors")[0].GetProperty("field").GetString(), ignoreCase: true);

        using var channel = _host.CreateGrpcChannel(TestTokens.City);
        var client = new Proto.ProjectLifecycle.ProjectLifecycleClient(channel);
        var grpc = await Assert.ThrowsAsync<RpcException>(async () => await client.RegisterProjectAsync(new Proto.RegisterProjectRequest
        {
            Name = "年产5万件技改项目", EnterpriseCreditCode = Sample.CreditCode, DistrictCode = "changxing", ChainCode = "nev",
            Kind = Proto.Kind.TechnicalUpgrade, Origin = Proto.Origin.Endogenous, TotalInvestmentYi = 0.04, FiledOn = "2024-03-01",
            PlannedStartOn = "2024-05-01", PlannedCompletionOn = "2025-06-30", PlannedProductionOn = "2025-09-30",
            PlannedAboveScaleOn = "2026-03-31", PlannedAtCapacityOn = "2026-12-31",
        }, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(StatusCode.InvalidArgument, grpc.StatusCode);
        Assert.Equal("project.upgrade-below-minimum", grpc.GetRpcStatus()!.GetDetail<ErrorInfo>()!.Reason);

        var noOrigin = await Assert.ThrowsAsync<RpcException>(async () => await client.RegisterProjectAsync(new Proto.RegisterProjectRequest
        {
            Name = "年产5万件技改项目", EnterpriseCreditCode = Sample.CreditCode, DistrictCode = "changxing", ChainCode = "nev",
            Kind = Proto.Kind.TechnicalUpgrade, TotalInvestmentYi = 0.5, FiledOn = "2024-03-01",
            PlannedStartOn = "2024-05-01", PlannedCompletionOn = "2025-06-30", PlannedProductionOn = "2025-09-30",
            PlannedAboveScaleOn = "2026-03-31", PlannedAtCapacityOn = "2026-12-31",
        }, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal("origin.required", noOrigin.GetRpcStatus()!.GetDetail<ErrorInfo>()!.Reason);
    }

    [Fact]
    public async Task The_search_filters_by_kind_origin_flags_years_and_investment()
    {
        var upgrade = await RegisterAsync(Sample.Details(0.8m, kind: "TechnicalUpgrade") with { DistrictCode = "deqing", Origin = "Endogenous" });
        var major = await RegisterAsync(Sample.Details(12m) with { DistrictCode = "deqing", IsProvincialMajor = true, IsDigitalEconomyCore = true });
        await _host.CallAsync<AdvanceProject, ProjectRecord>(a => a.HandleAsync(
            new AdvanceProjectCommand(major.Id.ToString(), 1, "Started", "2025-02-01"), CancellationToken.None));

        Assert.Equal([upgrade.Id], Ids(await SearchAsync(new ProjectFilters(Kind: "TechnicalUpgrade"), "deqing")));
        Assert.Equal([upgrade.Id], Ids(await SearchAsync(new ProjectFilters(Origin: "endogenous"), "deqing")));
        Assert.Equal([major.Id], Ids(await SearchAsync(new ProjectFilters(IsMajor: true, IsProvincialMajor: true, IsDigitalEconomyCore: true), "deqing")));
        Assert.Equal([major.Id], Ids(await SearchAsync(new ProjectFilters(Stage: "Started", StartedYear: 2025), "deqing")));
        Assert.Equal([upgrade.Id, major.Id], Ids(await SearchAsync(new ProjectFilters(FiledYear: 2024), "deqing")));
        Assert.Empty(Ids(await SearchAsync(new ProjectFilters(FiledYear: 2023), "deqing")));
        Assert.Equal([upgrade.Id], Ids(await SearchAsync(new ProjectFilters(MinInvestmentYi: 0.05m, MaxInvestmentYi: 1m), "deqing")));

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            SearchAsync(new ProjectFilters(Kind: "Bridge", Origin: "Abroad", MinInvestmentYi: 5m, MaxInvestmentYi: 1m), "deqing"));
        Assert.Equal(["kind.unknown", "origin.unknown", "investment-range.reversed"], refused.Violations.Select(v => v.Rule.Value));
    }

    [Fact]
    public async Task The_drill_down_names_the_projects_that_make_a_figure_and_its_total_is_the_figure()
    {
        var first = await RegisterAsync(Sample.Details(3.5m) with { DistrictCode = "wuxing" });
        var second = await RegisterAsync(Sample.Details(6m) with { DistrictCode = "wuxing" });
        await RegisterAsync(Sample.Details(6m) with { DistrictCode = "wuxing", Origin = "Endogenous" });
        await _host.CallAsync<AdvanceProject, ProjectRecord>(a => a.HandleAsync(
            new AdvanceProjectCommand(second.Id.ToString(), 1, "Started", "2024-04-15"), CancellationToken.None));

        var filed = await FigureAsync("major-filed-newly-introduced", "wuxing");
        Assert.Equal([first.Id, second.Id], filed.Items.Select(i => i.Id).Order());
        Assert.All(filed.Items, i => Assert.Equal(new DateOnly(2024, 3, 1), i.CountedOn));
        var started = Assert.Single((await FigureAsync("major-started", "wuxing")).Items);
        Assert.Equal((second.Id, new DateOnly(2024, 4, 15), "wuxing"), (started.Id, started.CountedOn, started.DistrictCode));

        var city = await FigureAsync("major-filed-newly-introduced", null);
        var statistics = await StatisticsAsync();
        Assert.Equal(statistics.EightChainsShare.MajorFiled, city.Total);
        Assert.Equal(statistics.Figures.Single(f => f.Code == "major-filed-newly-introduced").Count, city.Total);

        var unknown = await Assert.ThrowsAsync<InvalidInputException>(() => FigureAsync("major-everything", null));
        Assert.Equal("statistics-figure.unknown", unknown.Violations[0].Rule.Value);
    }

    [Fact]
    public async Task A_resync_request_republishes_the_facts_of_every_project_at_its_current_version()
    {
        var project = await RegisterAsync(Sample.Details(5m));
        await _host.CallAsync<AdvanceProject, ProjectRecord>(a => a.HandleAsync(
            new AdvanceProjectCommand(project.Id.ToString(), 1, "Started", "2024-06-01"), CancellationToken.None));
        await _host.Events.WaitForAsync<Wire.ProjectFactsChanged>(e => e.ProjectId == project.Id && e.Version == 2, EventTimeout);
        var all = await _host.InDatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            System.Linq.Queryable.Select(db.Projects, p => p.Id)));

        await _host.Events.Bus.Publish(new Wire.FactsResyncRequested("integration-test", DateTimeOffset.UtcNow), TestContext.Current.CancellationToken);

        await _host.Events.WaitForAsync<Wire.ProjectFactsChanged>(
            e => e.ProjectId == project.Id && e.Version == 2 && _host.Events.Count<Wire.ProjectFactsChanged>(f => f.ProjectId == project.Id && f.Version == 2) == 2,
            EventTimeout);
        foreach (var id in all)
        {
            await _host.Events.WaitForAsync<Wire.ProjectFactsChanged>(e => e.ProjectId == id, EventTimeout);
        }
    }

    private static IReadOnlyList<Guid> Ids(ProjectPage page) => [.. page.Items.Select(i => i.Id)];

    private Task<ProjectRecord> RegisterAsync(ProjectDetails details) =>
        _host.CallAsync<RegisterProject, ProjectRecord>(r => r.HandleAsync(details, CancellationToken.None));

    private Task<ProjectPage> SearchAsync(ProjectFilters filters, string district) =>
        _host.CallAsync<ListProjects, ProjectPage>(l => l.HandleAsync(new ListProjectsQuery(null, null, null, null, district, null, 1, 50, filters), CancellationToken.None));

    private Task<FigureProjectPage> FigureAsync(string figure, string? district) =>
        _host.CallAsync<GetFigureProjects, FigureProjectPage>(g => g.HandleAsync(new FigureProjectsQuery(figure, "2024", district, 1, 50), CancellationToken.None));

    private Task<ProjectStatistics> StatisticsAsync() =>
        _host.CallAsync<GetProjectStatistics, ProjectStatistics>(s => s.HandleAsync(new ProjectStatisticsQuery("2024", "District"), CancellationToken.None));
}
