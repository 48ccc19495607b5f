using IndustryPlatform.BuildingBlocks;
using IndustryPlatform.BuildingBlocks.Caching;
using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Enterprises.Api;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.Events;
using IndustryPlatform.Enterprises.Grpc;
using IndustryPlatform.Enterprises.UseCases;

namespace IndustryPlatform.Enterprises;

/// <summary>The registry and the tier ladder: its database and bus, the Redis caches, the tier catalogue, the use cases.</summary>
public static class Extensions
{
    public const string ServiceName = "enterprises";

    public static IHostApplicationBuilder AddEnterprisesServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceData<EnterprisesDbContext, EnterprisesSeeder>(
            ServiceName, "enterprisesdb", consumers =>
            {
                consumers.AddConsumer<ProjectStageAdvancedConsumer>();
                consumers.AddConsumer<FactsResyncRequestedConsumer>();
            });
        builder.AddRedisCache();
        builder.Services.AddSingleton<EnterpriseCache>();
        builder.Services.AddSingleton<PyramidCache>();
        builder.Services.AddSingleton<EvaluationCache>();
        builder.Services.AddSingleton<RegistryReferenceDataSnapshot>();
        builder.Services.AddSingleton(_ => TierCatalogueFile.Load(new SeedFiles()));
        builder.Services.AddSingleton<TierEvaluator>();

        builder.AddServiceEndpoints();

        builder.Services.AddUseCases(typeof(Extensions).Assembly);
        return builder;
    }

    public static WebApplication MapEnterprisesEndpoints(this WebApplication app)
    {
        app.UseServiceEndpoints();
        app.MapGrpcService<EnterpriseRegistryService>();
        app.MapGrpcService<TierLadderService>();
        app.MapGrpcService<EnterpriseEvaluationsService>();
        app.MapEnterprisesApi();
        app.MapTiersApi();
        app.MapEvaluationsApi();
        app.MapDigitalLevelsApi();
        app.MapParkedMessagesApi("api/v1/enterprises");
        return app;
    }
}
