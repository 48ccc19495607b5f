using IndustryPlatform.BuildingBlocks;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.BuildingBlocks.Caching;
using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Indicators.Api;
using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Events;
using IndustryPlatform.Indicators.Grpc;
using IndustryPlatform.Indicators.UseCases;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IndustryPlatform.Indicators;

public static class Extensions
{
    public const string ServiceName = "indicators";

    public static IHostApplicationBuilder AddIndicatorsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDbContext<IndicatorsDbContext>("indicatorsdb");
        builder.Services.AddMigrationAndSeed<IndicatorsDbContext, IndicatorsSeeder>();
        builder.AddMessaging<IndicatorsDbContext>(ServiceName, consumers =>
        {
            // Each count writes the next version of a district's figure: two at once collide on its unique key and
            // retry until they land in the error queue (seen under load in the benchmark). One at a time per instance.
            consumers.AddConsumer<CountMajorProjects>().Endpoint(e => e.ConcurrentMessageLimit = 1);
            consumers.AddConsumer<CountTierCertifications>().Endpoint(e => e.ConcurrentMessageLimit = 1);
        });
        builder.AddRedisCache();
        builder.Services.AddSingleton<IndicatorCache>();

        builder.AddServiceEndpoints();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<ListIndicators>();
        builder.Services.AddScoped<SubmitObservations>();
        builder.Services.AddScoped<ReadSummary>();
        builder.Services.AddScoped<ReadRanking>();
        builder.Services.AddScoped<ReadSeries>();
        builder.Services.AddScoped<ReadVintages>();
        builder.Services.AddScoped<WriteBulletin>();
        return builder;
    }

    public static WebApplication MapIndicatorsEndpoints(this WebApplication app)
    {
        app.UseServiceEndpoints();
        app.MapGrpcService<IndicatorFiguresService>();
        app.MapIndicatorsApi();
        return app;
    }
}
