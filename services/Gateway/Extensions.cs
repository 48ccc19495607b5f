using IndustryPlatform.BuildingBlocks.Caching;
using IndustryPlatform.BuildingBlocks.Errors;
using IndustryPlatform.Gateway.Idempotency;
using IndustryPlatform.Gateway.Limits;
using IndustryPlatform.Gateway.Observability;
using IndustryPlatform.Gateway.Proxy;
using IndustryPlatform.Gateway.Security;
using IndustryPlatform.Gateway.Security.People;

namespace IndustryPlatform.Gateway;

public static class Extensions
{
    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        builder.AddDomainErrorHandling();
        builder.AddGatewayIdentity();
        builder.AddRedisCache();
        builder.Services.Configure<GatewayLimitsOptions>(builder.Configuration.GetSection(GatewayLimitsOptions.Section));
        builder.Services.AddSingleton<ClientRateLimiter>();
        builder.Services.AddSingleton<GatewayMetrics>();
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver();
        return builder;
    }

    /// <summary>
    /// The door, in order: correlation and metrics; error shape; body size; who is calling; the login form's
    /// antiforgery token; how often; may they; done before? — then the token server, the login page or the services.
    /// </summary>
    public static WebApplication MapGateway(this WebApplication app)
    {
        app.UseMiddleware<GatewayTelemetryMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestSizeMiddleware>();
        app.UseAuthentication();
        app.UseAntiforgery();
        app.UseMiddleware<RateLimitingMiddleware>();
        app.UseMiddleware<GatewayAccessMiddleware>();
        app.UseMiddleware<IdempotencyMiddleware>();

        app.MapTokenEndpoint();
        app.MapAuthorizationEndpoints();
        app.MapLoginPage();
        app.MapReverseProxy(proxy => proxy.Use(ProxyErrorMiddleware.InvokeAsync));
        return app;
    }
}
