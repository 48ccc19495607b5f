using IndustryPlatform.Testing;

namespace IndustryPlatform.Indicators.Tests;

/// <summary>Every REST endpoint and gRPC method of Indicators states the role it needs where it is declared.</summary>
public sealed class DeclaredRoles_Indicators : IAsyncLifetime
{
    private ServiceTestHost _service = null!;

    public ValueTask InitializeAsync()
    {
        _service = ServiceTestHost.Build(
            typeof(Extensions), b => b.AddIndicatorsServices(), a => a.MapIndicatorsEndpoints(), UnstartedService.Settings("indicatorsdb"));
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _service.DisposeAsync();

    [Fact]
    public void No_endpoint_is_left_without_a_declared_role()
    {
        Assert.Empty(DeclaredRoles.Undeclared(_service.Endpoints));
        Assert.Equal(17, DeclaredRoles.GrpcMethods(_service.Endpoints, "industry.indicators.v1.").Count);
    }

    [Theory]
    [InlineData("GET", "/api/v1/indicators", "read")]
    [InlineData("GET", "/api/v1/bulletin", "read")]
    [InlineData("GET", "/api/v1/indicators/{indicatorCode}/summary", "read")]
    [InlineData("GET", "/api/v1/indicators/{indicatorCode}/districts", "read")]
    [InlineData("POST", "/api/v1/indicators/observations:batch", "submit")]
    [InlineData("POST", "/api/v1/indicators/observations:csv", "submit")]
    [InlineData("GET", "/api/v1/indicators/{indicatorCode}/figures/{region}/{period}/explain", "read")]
    [InlineData("POST", "/api/v1/indicators/facts/resync", "admin")]
    [InlineData("GET", "/api/v1/plan/targets", "read")]
    [InlineData("PUT", "/api/v1/plan/targets", "admin")]
    [InlineData("GET", "/api/v1/plan/targets/history", "read")]
    [InlineData("GET", "/api/v1/plan/thresholds", "read")]
    [InlineData("PUT", "/api/v1/plan/thresholds", "admin")]
    [InlineData("GET", "/api/v1/plan/thresholds/history", "read")]
    [InlineData("GET", "/api/v1/indicators/admin/parked-messages", "admin")]
    [InlineData("POST", "/api/v1/indicators/admin/parked-messages/{queue}/requeue", "admin")]
    public void Each_rest_endpoint_needs_the_role_declared_for_it(string method, string route, string role) =>
        Assert.Equal(role, DeclaredRoles.RoleOf(_service.Endpoints, method, route));

    [Theory]
    [InlineData("/industry.indicators.v1.IndicatorFigures/SubmitObservations", "submit")]
    [InlineData("/industry.indicators.v1.IndicatorFigures/LoadObservations", "submit")]
    [InlineData("/industry.indicators.v1.IndicatorFigures/GetSummary", "read")]
    [InlineData("/industry.indicators.v1.IndicatorFigures/CompareDistricts", "read")]
    [InlineData("/industry.indicators.v1.IndicatorFigures/GetBulletin", "read")]
    [InlineData("/industry.indicators.v1.IndicatorFigures/ExplainFigure", "read")]
    [InlineData("/industry.indicators.v1.IndicatorFigures/RequestFactsResync", "admin")]
    [InlineData("/industry.indicators.v1.AnnualPlan/ListPlanTargets", "read")]
    [InlineData("/industry.indicators.v1.AnnualPlan/SetPlanTarget", "admin")]
    [InlineData("/industry.indicators.v1.AnnualPlan/ListPlanHistory", "read")]
    [InlineData("/industry.indicators.v1.AnnualPlan/GetLightThresholds", "read")]
    [InlineData("/industry.indicators.v1.AnnualPlan/SetLightThresholds", "admin")]
    [InlineData("/industry.indicators.v1.AnnualPlan/ListLightThresholdsHistory", "read")]
    public void Each_grpc_method_needs_the_role_declared_for_it(string path, string role) =>
        Assert.Equal(role, DeclaredRoles.RoleOf(_service.Endpoints, path));
}
