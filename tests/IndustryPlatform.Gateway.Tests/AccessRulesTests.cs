using IndustryPlatform.Gateway.Security;
using Microsoft.AspNetCore.Http;

namespace IndustryPlatform.Gateway.Tests;

public sealed class AccessRulesTests
{
    [Theory]
    [InlineData("GET", "/api/v1/enterprises/91330500MA2B3C4D5X", "read")]
    [InlineData("GET", "/api/v1/bulletin", "read")]
    [InlineData("POST", "/api/v1/enterprises", "submit")]
    [InlineData("PUT", "/api/v1/enterprises/91330500MA2B3C4D5X/figures/2024", "submit")]
    [InlineData("POST", "/api/v1/enterprises/91330500MA2B3C4D5X/deactivate", "admin")]
    [InlineData("POST", "/api/v1/tiers/certify", "certify")]
    [InlineData("POST", "/api/v1/tiers/revoke", "certify")]
    [InlineData("POST", "/api/v1/tiers/candidates", "certify")]
    [InlineData("POST", "/api/v1/tiers/candidate-runs", "admin")]
    [InlineData("POST", "/api/v1/projects/0190d2a4-0000-7000-8000-000000000000/advance", "submit")]
    [InlineData("POST", "/api/v1/indicators/observations:batch", "submit")]
    [InlineData("POST", "/industry.enterprises.v1.EnterpriseRegistry/RegisterEnterprise", "submit")]
    [InlineData("POST", "/industry.enterprises.v1.EnterpriseRegistry/GetEnterprise", "read")]
    [InlineData("POST", "/industry.enterprises.v1.EnterpriseRegistry/SearchEnterprises", "read")]
    [InlineData("POST", "/industry.enterprises.v1.EnterpriseRegistry/DeactivateEnterprise", "admin")]
    [InlineData("POST", "/industry.enterprises.v1.TierLadder/CertifyTier", "certify")]
    [InlineData("POST", "/industry.enterprises.v1.TierLadder/RunYearlyCandidates", "admin")]
    [InlineData("POST", "/industry.indicators.v1.IndicatorFigures/LoadObservations", "submit")]
    [InlineData("POST", "/industry.projects.v1.ProjectLifecycle/SomethingNew", "submit")]
    public void Each_request_needs_the_role_its_operation_calls_for(string method, string path, string role) =>
        Assert.Equal(role, AccessRules.RequiredRole(method, new PathString(path)));

    [Theory]
    [InlineData("/api/v1/indicators", true)]
    [InlineData("/industry.projects.v1.ProjectLifecycle/GetProject", true)]
    [InlineData("/connect/token", false)]
    [InlineData("/health", false)]
    [InlineData("/openapi/v1.json", false)]
    [InlineData("/docs", false)]
    [InlineData("/grpc.health.v1.Health/Check", false)]
    public void Only_the_api_and_the_services_grpc_methods_need_a_token(string path, bool isProtected) =>
        Assert.Equal(isProtected, AccessRules.IsProtected(new PathString(path)));
}
