using IndustryPlatform.BuildingBlocks.Documentation;
using IndustryPlatform.BuildingBlocks.Errors;
using IndustryPlatform.BuildingBlocks.Grpc;
using IndustryPlatform.BuildingBlocks.Json;
using IndustryPlatform.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace IndustryPlatform.BuildingBlocks;

/// <summary>What every service's front needs, in the one order that works: errors, JSON, caller, documentation, gRPC.</summary>
public static class ServiceEndpoints
{
    public static IHostApplicationBuilder AddServiceEndpoints(this IHostApplicationBuilder builder)
    {
        builder.AddDomainErrorHandling();
        builder.AddServiceJson();
        builder.AddPlatformAuthentication();
        builder.AddServiceOpenApi();
        builder.AddGrpcEndpoint();
        return builder;
    }

    /// <summary>
    /// Error handling first, so that 401/403 from authentication become ProblemDetails; then authentication and
    /// authorization; then the check of a gRPC request message (only a caller let in has its body read); then the anonymous OpenAPI document and gRPC health/reflection. The service maps its own API after.
    /// </summary>
    public static WebApplication UseServiceEndpoints(this WebApplication app)
    {
        app.UseDomainErrorHandling();
        app.UsePlatformAuthentication();
        app.UseMiddleware<GrpcRequestMessageCheck>();
        app.MapServiceOpenApi();
        app.MapGrpcHealthAndReflection();
        return app;
    }
}
