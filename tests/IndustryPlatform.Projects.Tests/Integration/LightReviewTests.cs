using IndustryPlatform.Projects.Domain;
using Wire = IndustryPlatform.Contracts.Events;
using IndustryPlatform.Projects.UseCases;
using IndustryPlatform.Testing;

namespace IndustryPlatform.Projects.Tests.Integration;

/// <summary>The daily review against the seeded thresholds (yellow 15, red 60 days), with the clock moved by the test.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class LightReviewTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(20);
    private ProjectsHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        // The sample plans its start for 2024-05-01.
        _host = await ProjectsHost.StartAsync(infrastructure, "projects_it_lights", new DateOnly(2024, 4, 1));
        await _host.AddKnownEnterpriseAsync(Sample.CreditCode);
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Each_change_of_light_is_stored_and_announced_once()
    {
        var project = await _host.CallAsync<RegisterProject, ProjectRecord>(r => r.HandleAsync(Sample.Details(), CancellationToken.None));
        Assert.Equal(ProjectLight.Green, project.Light);

        _host.Clock.Advance(TimeSpan.FromDays(30 + 14));   // 2024-05-15: 14 days late
        Assert.Equal(ProjectLight.Green, await ReviewAsync(project.Id));

        _host.Clock.Advance(TimeSpan.FromDays(1));         // 15 days late
        Assert.Equal(ProjectLight.Yellow, await ReviewAsync(project.Id));
        var yellow = await _host.Events.WaitForAsync<Wire.ProjectLightChanged>(e => e.ProjectId == project.Id && e.Light == Wire.ProjectLight.Yellow, EventTimeout);
        Assert.Equal((Wire.ProjectLight.Green, 15, Wire.ProjectStage.Started), (yellow.PreviousLight, yellow.DaysOverdue, yellow.NextStage!.Value));

        Assert.Equal(ProjectLight.Yellow, await ReviewAsync(project.Id));
        _host.Clock.Advance(TimeSpan.FromDays(45));        // 60 days late
        Assert.Equal(ProjectLight.Red, await ReviewAsync(project.Id));
        await _host.Events.WaitForAsync<Wire.ProjectLightChanged>(e => e.ProjectId == project.Id && e.Light == Wire.ProjectLight.Red, EventTimeout);

        // Starting judges the next stage (completion planned 2025-06-30): green again, announced with the advance.
        var started = await _host.CallAsync<AdvanceProject, ProjectRecord>(a => a.HandleAsync(
            new AdvanceProjectCommand(project.Id.ToString(), 1, "Started", "2024-06-30"), CancellationToken.None));
        Assert.Equal((ProjectLight.Green, 0), (started.Light, started.DaysOverdue));
        await _host.Events.WaitForAsync<Wire.ProjectLightChanged>(
            e => e.ProjectId == project.Id && e.Light == Wire.ProjectLight.Green && e.PreviousLight == Wire.ProjectLight.Red, EventTimeout);

        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.Equal(1, _host.Events.Count<Wire.ProjectLightChanged>(e => e.ProjectId == project.Id && e.Light == Wire.ProjectLight.Yellow));
        Assert.Equal(1, _host.Events.Count<Wire.ProjectLightChanged>(e => e.ProjectId == project.Id && e.Light == Wire.ProjectLight.Red));
    }

    private async Task<ProjectLight> ReviewAsync(Guid projectId)
    {
        await _host.CallAsync<ReassessLights, int>(r => r.HandleAsync(CancellationToken.None));
        return (await _host.CallAsync<GetProject, ProjectRecord>(g => g.HandleAsync(projectId.ToString(), CancellationToken.None))).Light;
    }
}
