using IndustryPlatform.Rules;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Projects.Domain;
using Wire = IndustryPlatform.Contracts.Events;
using IndustryPlatform.Projects.UseCases;
using IndustryPlatform.Testing;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Projects.Tests.Integration;

/// <summary>Register, advance, re-plan and read back on a real PostgreSQL; events through the outbox to a real RabbitMQ.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ProjectLifecycleTests(ProjectLifecycleTests.Service service) : IClassFixture<ProjectLifecycleTests.Service>
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(20);
    private readonly ProjectsHost _host = service.Host;

    public sealed class Service(InfrastructureFixture infrastructure) : IAsyncLifetime
    {
        public ProjectsHost Host { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Host = await ProjectsHost.StartAsync(infrastructure, "projects_it_lifecycle", new DateOnly(2026, 6, 30));
            await Host.AddKnownEnterpriseAsync(Sample.CreditCode);
        }

        public async ValueTask DisposeAsync() => await Host.DisposeAsync();
    }

    [Fact]
    public async Task A_registration_is_stored_with_its_plan_and_history_and_announced()
    {
        var registered = await RegisterAsync(investmentYi: 12.5m);

        var read = await _host.CallAsync<GetProject, ProjectRecord>(g => g.HandleAsync(registered.Id.ToString(), CancellationToken.None));
        Assert.Equal(registered, read with { History = registered.History, Milestones = registered.Milestones });
        Assert.Equal(registered.Milestones, read.Milestones);
        Assert.Equal(registered.History, read.History);
        Assert.True(read.IsMajor);
        Assert.Equal("district-a", Assert.Single(read.History).ChangedBy);

        var announced = await _host.Events.WaitForAsync<Wire.ProjectRegistered>(e => e.ProjectId == registered.Id, EventTimeout);
        Assert.Equal(Sample.CreditCode, announced.EnterpriseCreditCode);
        Assert.Equal(12.5m, announced.TotalInvestmentYi);
        Assert.True(announced.IsMajor);
        Assert.Equal(new DateOnly(2024, 3, 1), announced.FiledOn);
    }

    [Fact]
    public async Task Advancing_to_above_scale_publishes_each_stage_with_what_Enterprises_and_Indicators_need()
    {
        var project = await RegisterAsync(investmentYi: 3m);
        var dates = new[] { "2024-05-10", "2025-06-30", "2025-10-01", "2026-03-01" };
        for (var i = 0; i < dates.Length; i++)
        {
            var stage = ProjectStages.Planned[i];
            project = await _host.CallAsync<AdvanceProject, ProjectRecord>(a => a.HandleAsync(
                new AdvanceProjectCommand(project.Id.ToString(), project.Version, stage.ToString(), dates[i]), CancellationToken.None), "county-b");
        }

        Assert.Equal(ProjectStage.AboveScale, project.Stage);
        Assert.Equal(5, project.Version);

        var aboveScale = await _host.Events.WaitForAsync<Wire.ProjectStageAdvanced>(
            e => e.ProjectId == project.Id && e.Stage == Wire.ProjectStage.AboveScale, EventTimeout);
        Assert.Equal(new DateOnly(2026, 3, 1), aboveScale.ActualDate);
        Assert.Equal(Sample.CreditCode, aboveScale.EnterpriseCreditCode);
        Assert.Equal("changxing", aboveScale.DistrictCode);
        Assert.Equal("nev", aboveScale.ChainCode);
        Assert.True(aboveScale.IsMajor);
        Assert.Equal(5, aboveScale.Version);
        foreach (var stage in new[] { Wire.ProjectStage.Started, Wire.ProjectStage.Completed, Wire.ProjectStage.InProduction })
        {
            await _host.Events.WaitForAsync<Wire.ProjectStageAdvanced>(e => e.ProjectId == project.Id && e.Stage == stage, EventTimeout);
        }

        var history = (await _host.CallAsync<GetProject, ProjectRecord>(g => g.HandleAsync(project.Id.ToString(), CancellationToken.None))).History;
        Assert.Equal([1, 2, 3, 4, 5], history.Select(h => h.Sequence));
        Assert.All(history.Skip(1), h => Assert.Equal("county-b", h.ChangedBy));
    }

    [Fact]
    public async Task Of_concurrent_advances_from_the_same_version_one_wins_and_the_others_are_told_to_reload()
    {
        var project = await RegisterAsync();
        var id = project.Id.ToString();

        var attempts = Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            try
            {
                await _host.CallAsync<AdvanceProject, ProjectRecord>(a => a.HandleAsync(
                    new AdvanceProjectCommand(id, 1, "Started", $"2024-05-{10 + i}"), CancellationToken.None), $"client-{i}");
                return "won";
            }
            catch (ConcurrencyConflictException e)
            {
                return e.Rule;
            }
        })).ToList();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, o => o == "won");
        Assert.All(outcomes.Where(o => o != "won"), o => Assert.Equal("project.version-stale", o));
        var stored = await _host.CallAsync<GetProject, ProjectRecord>(g => g.HandleAsync(id, CancellationToken.None));
        Assert.Equal(2, stored.Version);
        Assert.Equal(2, stored.History.Count);
        var advances = await _host.InDatabaseAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.MessageType.Contains(nameof(Wire.ProjectStageAdvanced))).Select(m => m.Payload).ToListAsync());
        Assert.Single(advances, payload => payload.Contains(id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_editors_who_read_the_same_version_the_second_save_is_refused_at_the_database()
    {
        var project = await RegisterAsync();

        // Both have loaded version 1; the first saves; the second's domain check passes on its stale copy,
        // so only the database (version column, history key) can stop it.
        await _host.InDatabaseAsync(async first => await _host.InDatabaseAsync(async second =>
        {
            var mine = await first.Projects.SingleAsync(p => p.Id == project.Id);
            var theirs = await second.Projects.SingleAsync(p => p.Id == project.Id);
            mine.Advance(1, ProjectStage.Started, "2024-05-01", "first", _host.Clock);
            await first.SaveChangesAsync();

            theirs.Replan(1, ProjectStage.Completed, "2025-12-31", "later", "second", _host.Clock);
            var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
                second.SaveChangeAsync(theirs, _host.Clock, TestContext.Current.CancellationToken));
            Assert.Equal("project.version-stale", conflict.Rule);
            return 0;
        }));

        var stored = await _host.CallAsync<GetProject, ProjectRecord>(g => g.HandleAsync(project.Id.ToString(), CancellationToken.None));
        Assert.Equal(ProjectStage.Started, stored.Stage);
        Assert.Equal(new DateOnly(2025, 6, 30), stored.Milestones.Single(m => m.Stage == ProjectStage.Completed).PlannedOn);
    }

    [Fact]
    public async Task A_replan_is_kept_with_its_reason_and_who()
    {
        var project = await RegisterAsync();

        await _host.CallAsync<ReplanProject, ProjectRecord>(r => r.HandleAsync(
            new ReplanProjectCommand(project.Id.ToString(), 1, "Started", "2024-09-30", "环评批复延后"), CancellationToken.None), "bureau-desk");

        var stored = await _host.CallAsync<GetProject, ProjectRecord>(g => g.HandleAsync(project.Id.ToString(), CancellationToken.None));
        var line = stored.History[^1];
        Assert.Equal((ProjectChangeKind.Replanned, "环评批复延后", "bureau-desk"), (line.Kind, line.Reason, line.ChangedBy));
        Assert.Equal(new DateOnly(2024, 5, 1), line.PreviousDate);
        Assert.Equal(new DateOnly(2024, 9, 30), stored.Milestones.Single(m => m.Stage == ProjectStage.Started).PlannedOn);
    }

    [Fact]
    public async Task An_enterprise_unknown_here_while_Enterprises_is_unreachable_is_refused_and_nothing_is_written()
    {
        var before = await _host.InDatabaseAsync(db => db.Projects.CountAsync());

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => _host.CallAsync<RegisterProject, ProjectRecord>(r =>
            r.HandleAsync(Sample.Details() with { EnterpriseCreditCode = "91330500MA2B3C4D5E" }, CancellationToken.None)));

        Assert.Equal(("enterprise_credit_code", "enterprise.not-verifiable"), (refused.Violations[0].Field, refused.Violations[0].Rule));
        Assert.Equal(before, await _host.InDatabaseAsync(db => db.Projects.CountAsync()));
    }

    [Fact]
    public async Task An_unknown_project_is_not_found_and_a_malformed_id_is_invalid()
    {
        var missing = await Assert.ThrowsAsync<NotFoundException>(() =>
            _host.CallAsync<GetProject, ProjectRecord>(g => g.HandleAsync(Guid.NewGuid().ToString(), CancellationToken.None)));
        Assert.Equal("project.not-found", missing.Rule);

        var malformed = await Assert.ThrowsAsync<InvalidInputException>(() =>
            _host.CallAsync<GetProject, ProjectRecord>(g => g.HandleAsync("not-a-uuid", CancellationToken.None)));
        Assert.Equal("project.id-format", malformed.Violations[0].Rule);
    }

    [Fact]
    public async Task A_district_writes_only_its_own_districts_projects_and_a_refused_write_changes_nothing()
    {
        var project = await RegisterAsync();
        var foreign = TestTokens.District(project.DistrictCode == "wuxing" ? "anji" : "wuxing");

        var advance = await Assert.ThrowsAsync<ForbiddenException>(() => _host.CallAsAsync<AdvanceProject, ProjectRecord>(foreign, a => a.HandleAsync(
            new AdvanceProjectCommand(project.Id.ToString(), project.Version, "Started", "2024-05-01"), CancellationToken.None)));
        var register = await Assert.ThrowsAsync<ForbiddenException>(() => _host.CallAsAsync<RegisterProject, ProjectRecord>(foreign,
            r => r.HandleAsync(Sample.Details(5m), CancellationToken.None)));
        var own = await _host.CallAsAsync<AdvanceProject, ProjectRecord>(TestTokens.District(project.DistrictCode), a => a.HandleAsync(
            new AdvanceProjectCommand(project.Id.ToString(), project.Version, "Started", "2024-05-01"), CancellationToken.None));

        Assert.Equal("region.not-yours", advance.Rule);
        Assert.Equal("region.not-yours", register.Rule);
        Assert.Equal(project.Version + 1, own.Version);
        Assert.Equal(TestTokens.District(project.DistrictCode).ClientId, own.History[^1].ChangedBy);
    }

    private Task<ProjectRecord> RegisterAsync(decimal investmentYi = 5m) =>
        _host.CallAsync<RegisterProject, ProjectRecord>(r => r.HandleAsync(Sample.Details(investmentYi), CancellationToken.None), "district-a");
}
