using IndustryPlatform.Rules;
using IndustryPlatform.Projects.Domain;
using IndustryPlatform.Projects.UseCases;
using IndustryPlatform.Testing;

namespace IndustryPlatform.Projects.Tests.Integration;

/// <summary>The lists as PostgreSQL runs them: period, filters, order by plan, paging.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ListProjectsTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private ProjectsHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await ProjectsHost.StartAsync(infrastructure, "projects_it_lists", new DateOnly(2024, 4, 1));
        await _host.AddKnownEnterpriseAsync(Sample.CreditCode);
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task To_start_is_filtered_ordered_by_plan_and_paged_and_stuck_follows_the_clock()
    {
        foreach (var (district, start) in new[] { ("anji", "2024-05-20"), ("anji", "2024-05-03"), ("anji", "2024-06-15"), ("wuxing", "2024-05-10"), ("anji", "2024-05-11") })
        {
            var plan = new ProjectPlan(start, "2025-06-30", "2025-09-30", "2026-03-31", "2026-12-31");
            await _host.CallAsync<RegisterProject, ProjectRecord>(r =>
                r.HandleAsync(Sample.Details(plan: plan) with { DistrictCode = district }, CancellationToken.None));
        }

        var first = await ListAsync(new ListProjectsQuery("ToStart", "2024-05-01", "2024-05-31", null, "anji", "nev", 1, 2));
        Assert.Equal(3, first.Total);
        Assert.Equal([new DateOnly(2024, 5, 3), new DateOnly(2024, 5, 11)], first.Items.Select(i => i.NextPlannedOn!.Value));
        Assert.All(first.Items, i => Assert.Equal("湖州测试企业", i.EnterpriseName));
        var second = await ListAsync(new ListProjectsQuery("ToStart", "2024-05-01", "2024-05-31", null, "anji", null, 2, 2));
        Assert.Equal(new DateOnly(2024, 5, 20), Assert.Single(second.Items).NextPlannedOn);

        _host.Clock.Advance(TimeSpan.FromDays(41));   // 2024-05-12
        var stuck = await ListAsync(new ListProjectsQuery("Stuck", null, null, "Started", "anji", null, 1, 50));
        Assert.Equal([new DateOnly(2024, 5, 3), new DateOnly(2024, 5, 11)], stuck.Items.Select(i => i.NextPlannedOn!.Value));
        Assert.Equal([9, 1], stuck.Items.Select(i => i.DaysOverdue));
    }

    [Fact]
    public async Task A_bad_query_names_each_field_and_rule()
    {
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            ListAsync(new ListProjectsQuery("ToStart", "2024-06-01", "2024-05-01", null, null, null, -1, 500)));

        Assert.Equal(["date-range.reversed", "page.out-of-range", "page.size-out-of-range"], refused.Violations.Select(v => v.Rule.Value));
        var unknown = await Assert.ThrowsAsync<InvalidInputException>(() => ListAsync(new ListProjectsQuery("Soon", null, null, null, null, null, 1, 10)));
        Assert.Equal(("list", "list.unknown"), (unknown.Violations[0].Field, unknown.Violations[0].Rule));
    }

    private Task<ProjectPage> ListAsync(ListProjectsQuery query) =>
        _host.CallAsync<ListProjects, ProjectPage>(l => l.HandleAsync(query, CancellationToken.None));
}
