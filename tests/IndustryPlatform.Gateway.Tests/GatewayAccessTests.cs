using IndustryPlatform.Gateway.Security;
using Microsoft.AspNetCore.Http;

namespace IndustryPlatform.Gateway.Tests;

/// <summary>
/// The gateway's one access check is a token on the API and the services' gRPC methods; the role each operation needs
/// is declared on the service's endpoint (tested in each service's tests against its real endpoints).
/// </summary>
public sealed class GatewayAccessTests
{
    [Theory]
    [InlineData("/api/v1/indicators", true)]
    [InlineData("/industry.projects.v1.ProjectLifecycle/GetProject", true)]
    [InlineData("/connect/token", false)]
    [InlineData("/health", false)]
    [InlineData("/openapi/v1.json", false)]
    [InlineData("/docs", false)]
    [InlineData("/grpc.health.v1.Health/Check", false)]
    public void Only_the_api_and_the_services_grpc_methods_need_a_token(string path, bool isProtected) =>
        Assert.Equal(isProtected, GatewayAccessMiddleware.IsProtected(new PathString(path)));
}
