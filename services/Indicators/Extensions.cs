using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Errors;
using IndustryPlatform.BuildingBlocks.Grpc;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Indicators.Data;

namespace IndustryPlatform.Indicators;

public static class Extensions
{
    public const string ServiceName = "indicators";

    public static IHostApplicationBuilder AddIndicatorsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDbContext<IndicatorsDbContext>("indicatorsdb");
        builder.Services.AddMigrationAndSeed<IndicatorsDbContext, IndicatorsSeeder>();
        builder.AddMessaging<IndicatorsDbContext>(ServiceName, _ => { });
        builder.AddDomainErrorHandling();
        builder.AddGrpcEndpoint();
        return builder;
    }

    public static WebApplication MapIndicatorsEndpoints(this WebApplication app)
    {
        app.UseDomainErrorHandling();
        app.MapGrpcHealthAndReflection();
        return app;
    }
}
