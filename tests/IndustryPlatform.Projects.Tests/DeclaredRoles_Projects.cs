using IndustryPlatform.Testing;

namespace IndustryPlatform.Projects.Tests;

/// <summary>Every REST endpoint and gRPC method of Projects states the role it needs where it is declared.</summary>
public sealed class DeclaredRoles_Projects : IAsyncLifetime
{
    private ServiceTestHost _service = null!;

    public ValueTask InitializeAsync()
    {
        _service = ServiceTestHost.Build(
            typeof(Extensions), b => b.AddProjectsServices(), a => a.MapProjectsEndpoints(), UnstartedService.Settings("projectsdb"));
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _service.DisposeAsync();

    [Fact]
    public void No_endpoint_is_left_without_a_declared_role()
    {
        Assert.Empty(DeclaredRoles.Undeclared(_service.Endpoints));
        Assert.Equal(8, DeclaredRoles.GrpcMethods(_service.Endpoints, "industry.projects.v1.").Count);
    }

    [Theory]
    [InlineData("POST", "/api/v1/projects", "submit")]
    [InlineData("GET", "/api/v1/projects/{projectId}", "read")]
    [InlineData("POST", "/api/v1/projects/{projectId}/advance", "submit")]
    [InlineData("POST", "/api/v1/projects/{projectId}/replan", "submit")]
    [InlineData("POST", "/api/v1/projects/{projectId}/withdraw", "submit")]
    [InlineData("GET", "/api/v1/projects/lists/{list}", "read")]
    [InlineData("GET", "/api/v1/projects/statistics", "read")]
    [InlineData("GET", "/api/v1/projects", "read")]
    [InlineData("GET", "/api/v1/projects/statistics/{figure}/projects", "read")]
    public void Each_rest_endpoint_needs_the_role_declared_for_it(string method, string route, string role) =>
        Assert.Equal(role, DeclaredRoles.RoleOf(_service.Endpoints, method, route));

    [Theory]
    [InlineData("/industry.projects.v1.ProjectLifecycle/RegisterProject", "submit")]
    [InlineData("/industry.projects.v1.ProjectLifecycle/AdvanceProject", "submit")]
    [InlineData("/industry.projects.v1.ProjectLifecycle/ReplanProject", "submit")]
    [InlineData("/industry.projects.v1.ProjectLifecycle/WithdrawProject", "submit")]
    [InlineData("/industry.projects.v1.ProjectLifecycle/GetProject", "read")]
    [InlineData("/industry.projects.v1.ProjectLifecycle/ListProjects", "read")]
    [InlineData("/industry.projects.v1.ProjectLifecycle/GetProjectStatistics", "read")]
    [InlineData("/industry.projects.v1.ProjectLifecycle/ListFigureProjects", "read")]
    public void Each_grpc_method_needs_the_role_declared_for_it(string path, string role) =>
        Assert.Equal(role, DeclaredRoles.RoleOf(_service.Endpoints, path));
}
