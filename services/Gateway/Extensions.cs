namespace IndustryPlatform.Gateway;

public static class Extensions
{
    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver();
        return builder;
    }

    public static WebApplication MapGateway(this WebApplication app)
    {
        app.UseStatusCodePages();
        app.MapReverseProxy();
        return app;
    }
}
