using IndustryPlatform.Projects.Domain;
using IndustryPlatform.Projects.UseCases;
using IndustryPlatform.Testing;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Projects.Tests.Integration;

/// <summary>The demo portfolio goes through the domain rules, covers every stage and district, has overdue projects, and seeds once.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class DemoPortfolioTests(InfrastructureFixture infrastructure)
{
    private static readonly DateOnly Today = new(2026, 7, 1);

    [Fact]
    public async Task The_portfolio_is_seeded_in_every_stage_with_overdue_projects_and_a_restart_adds_nothing()
    {
        int count;
        await using (var host = await ProjectsHost.StartAsync(infrastructure, "projects_it_demo", Today, seedDemo: true))
        {
            count = await host.InDatabaseAsync(db => db.Projects.CountAsync());
            Assert.True(count >= 400, $"{count} demo projects");
            var stages = await host.InDatabaseAsync(db => db.Projects.Select(p => p.Stage).Distinct().ToListAsync());
            Assert.Equal(ProjectStages.InOrder.Order(), stages.Order());
            var districts = await host.InDatabaseAsync(db => db.Projects.Select(p => p.DistrictCode).Distinct().CountAsync());
            Assert.Equal(6, districts);
            var red = await host.InDatabaseAsync(db => db.Projects.CountAsync(p => p.Light == ProjectLight.Red));
            Assert.True(red > 0, "some demo projects are overdue");
            var stuck = await host.CallAsync<ListProjects, ProjectPage>(l =>
                l.HandleAsync(new ListProjectsQuery("Stuck", null, null, null, null, null, 1, 10), CancellationToken.None));
            Assert.True(stuck.Total > 0);
        }

        await using (var again = await ProjectsHost.StartAsync(infrastructure, "projects_it_demo", Today, seedDemo: true, fresh: false))
        {
            Assert.Equal(count, await again.InDatabaseAsync(db => db.Projects.CountAsync()));
        }
    }
}
