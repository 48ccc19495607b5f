using IndustryPlatform.BuildingBlocks.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IndustryPlatform.BuildingBlocks.Grpc;

/// <summary>What every service's gRPC endpoint offers besides its own API: domain errors as rich status,
/// grpc.health.v1 (answered from the ASP.NET Core health checks) and server reflection for tools.</summary>
public static class GrpcHosting
{
    public static IHostApplicationBuilder AddGrpcEndpoint(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGrpc(options => options.AddDomainErrorInterceptor());
        builder.Services.AddGrpcHealthChecks();
        builder.Services.AddGrpcReflection();
        return builder;
    }

    public static WebApplication MapGrpcHealthAndReflection(this WebApplication app)
    {
        // Anonymous, like /health: probes and tools ask before they hold a token.
        app.MapGrpcHealthChecksService().AllowAnonymous();
        app.MapGrpcReflectionService().AllowAnonymous();
        return app;
    }
}
