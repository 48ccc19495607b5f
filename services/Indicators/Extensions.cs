using IndustryPlatform.BuildingBlocks;
using IndustryPlatform.BuildingBlocks.Caching;
using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Indicators.Api;
using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Events;
using IndustryPlatform.Indicators.Grpc;
using IndustryPlatform.Indicators.UseCases;

namespace IndustryPlatform.Indicators;

/// <summary>The figures: its database and bus with the consumers of the registries' facts, the Redis cache of hot reads, the use cases, the plan (年度计划).</summary>
public static class Extensions
{
    public static IHostApplicationBuilder AddIndicatorsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceData<IndicatorsDbContext, IndicatorsSeeder>(ServiceName, "indicatorsdb", consumers =>
        {
            // Each batch of facts is one commutative upsert: no inbox, no order to keep, so batches run side by side.
            consumers.AddFactConsumer<KeepProjectFacts>();
            consumers.AddFactConsumer<KeepTierFacts>();
            consumers.AddFactConsumer<KeepListingFacts>();
        });
        builder.Services.AddHostedService<ResyncFactsAtStart>();
        builder.AddRedisCache();
        builder.Services.AddSingleton<IndicatorCache>();

        builder.AddServiceEndpoints();

        builder.Services.AddUseCases(typeof(Extensions).Assembly);
        return builder;
    }

    public static WebApplication MapIndicatorsEndpoints(this WebApplication app)
    {
        app.UseServiceEndpoints();
        app.MapGrpcService<IndicatorFiguresService>();
        app.MapGrpcService<AnnualPlanService>();
        app.MapIndicatorsApi();
        app.MapPlanApi();
        app.MapParkedMessagesApi("api/v1/indicators");
        return app;
    }

    /// <summary>Names its queues (indicators-…) and its connection to the broker.</summary>
    public const string ServiceName = "indicators";
}
