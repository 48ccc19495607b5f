using IndustryPlatform.Testing;

namespace IndustryPlatform.Enterprises.IntegrationTests;

/// <summary>Every REST endpoint and gRPC method of Enterprises states the role it needs where it is declared.</summary>
public sealed class DeclaredRoles_Enterprises : IAsyncLifetime
{
    private ServiceTestHost _service = null!;

    public ValueTask InitializeAsync()
    {
        _service = ServiceTestHost.Build(
            typeof(Extensions), b => b.AddEnterprisesServices(), a => a.MapEnterprisesEndpoints(), UnstartedService.Settings("enterprisesdb"));
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _service.DisposeAsync();

    [Fact]
    public void No_endpoint_is_left_without_a_declared_role()
    {
        Assert.Empty(DeclaredRoles.Undeclared(_service.Endpoints));
        Assert.Equal(22, DeclaredRoles.GrpcMethods(_service.Endpoints, "industry.enterprises.v1.").Count);
    }

    [Theory]
    [InlineData("GET", "/api/v1/enterprises/{creditCode}", "read")]
    [InlineData("GET", "/api/v1/enterprises", "read")]
    [InlineData("POST", "/api/v1/enterprises", "submit")]
    [InlineData("PUT", "/api/v1/enterprises/{creditCode}", "submit")]
    [InlineData("PUT", "/api/v1/enterprises/{creditCode}/figures/{year:int}", "submit")]
    [InlineData("POST", "/api/v1/enterprises/{creditCode}/deactivate", "admin")]
    [InlineData("GET", "/api/v1/tiers/pyramid", "read")]
    [InlineData("GET", "/api/v1/evaluations/{year:int}/carbon-grades", "read")]
    [InlineData("GET", "/api/v1/evaluations/{year:int}/per-mu-classes", "read")]
    [InlineData("GET", "/api/v1/evaluations/{year:int}/enterprises", "read")]
    [InlineData("GET", "/api/v1/evaluations/{year:int}/digital-coverage", "read")]
    [InlineData("POST", "/api/v1/enterprises/{creditCode}/digital-levels", "submit")]
    [InlineData("GET", "/api/v1/enterprises/{creditCode}/digital-levels", "read")]
    [InlineData("POST", "/api/v1/tiers/certify", "certify")]
    [InlineData("POST", "/api/v1/tiers/revoke", "certify")]
    [InlineData("POST", "/api/v1/tiers/candidates", "certify")]
    [InlineData("POST", "/api/v1/tiers/candidate-runs", "admin")]
    [InlineData("GET", "/api/v1/enterprises/admin/parked-messages", "admin")]
    [InlineData("POST", "/api/v1/enterprises/admin/parked-messages/{queue}/requeue", "admin")]
    public void Each_rest_endpoint_needs_the_role_declared_for_it(string method, string route, string role) =>
        Assert.Equal(role, DeclaredRoles.RoleOf(_service.Endpoints, method, route));

    [Theory]
    [InlineData("/industry.enterprises.v1.EnterpriseRegistry/RegisterEnterprise", "submit")]
    [InlineData("/industry.enterprises.v1.EnterpriseRegistry/ChangeEnterprise", "submit")]
    [InlineData("/industry.enterprises.v1.EnterpriseRegistry/GetEnterprise", "read")]
    [InlineData("/industry.enterprises.v1.EnterpriseRegistry/SearchEnterprises", "read")]
    [InlineData("/industry.enterprises.v1.EnterpriseRegistry/EvaluateEnterprise", "read")]
    [InlineData("/industry.enterprises.v1.EnterpriseRegistry/DeactivateEnterprise", "admin")]
    [InlineData("/industry.enterprises.v1.TierLadder/CertifyTier", "certify")]
    [InlineData("/industry.enterprises.v1.TierLadder/ProposeCandidate", "certify")]
    [InlineData("/industry.enterprises.v1.TierLadder/RunYearlyCandidates", "admin")]
    [InlineData("/industry.enterprises.v1.TierLadder/GetPyramid", "read")]
    [InlineData("/industry.enterprises.v1.EnterpriseEvaluations/GetCarbonGradeDistribution", "read")]
    [InlineData("/industry.enterprises.v1.EnterpriseEvaluations/GetPerMuClassDistribution", "read")]
    [InlineData("/industry.enterprises.v1.EnterpriseEvaluations/ListEvaluatedEnterprises", "read")]
    [InlineData("/industry.enterprises.v1.EnterpriseEvaluations/RecordDigitalLevel", "submit")]
    [InlineData("/industry.enterprises.v1.EnterpriseEvaluations/GetDigitalLevels", "read")]
    [InlineData("/industry.enterprises.v1.EnterpriseEvaluations/GetDigitalCoverage", "read")]
    public void Each_grpc_method_needs_the_role_declared_for_it(string path, string role) =>
        Assert.Equal(role, DeclaredRoles.RoleOf(_service.Endpoints, path));
}
