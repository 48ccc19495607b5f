using IndustryPlatform.BuildingBlocks;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.BuildingBlocks.Caching;
using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Enterprises.Api;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.Events;
using IndustryPlatform.Enterprises.Grpc;
using IndustryPlatform.Enterprises.UseCases;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IndustryPlatform.Enterprises;

public static class Extensions
{
    public const string ServiceName = "enterprises";

    public static IHostApplicationBuilder AddEnterprisesServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDbContext<EnterprisesDbContext>("enterprisesdb");
        builder.Services.AddMigrationAndSeed<EnterprisesDbContext, EnterprisesSeeder>();
        builder.AddMessaging<EnterprisesDbContext>(ServiceName, consumers => consumers.AddConsumer<ProjectStageAdvancedConsumer>());
        builder.AddRedisCache();
        builder.Services.AddSingleton<EnterpriseCache>();
        builder.Services.AddSingleton<PyramidCache>();
        builder.Services.AddSingleton<RegistryReferenceDataSnapshot>();
        builder.Services.AddSingleton(_ => TierCatalogueFile.Load(new SeedFiles()));
        builder.Services.AddSingleton<TierEvaluator>();

        builder.AddServiceEndpoints();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<RegisterEnterprise>();
        builder.Services.AddScoped<GetEnterprise>();
        builder.Services.AddScoped<ChangeEnterprise>();
        builder.Services.AddScoped<DeactivateEnterprise>();
        builder.Services.AddScoped<GetEnterpriseHistory>();
        builder.Services.AddScoped<SearchEnterprises>();
        builder.Services.AddScoped<RecordYearlyFigures>();
        builder.Services.AddScoped<GetYearlyFigures>();
        builder.Services.AddScoped<EvaluateEnterprise>();
        builder.Services.AddScoped<ProposeTierCandidate>();
        builder.Services.AddScoped<TierRecordChange>();
        builder.Services.AddScoped<CertifyTier>();
        builder.Services.AddScoped<RevokeTier>();
        builder.Services.AddScoped<ListTierRecords>();
        builder.Services.AddScoped<RunYearlyCandidates>();
        builder.Services.AddScoped<GetPyramid>();
        return builder;
    }

    public static WebApplication MapEnterprisesEndpoints(this WebApplication app)
    {
        app.UseServiceEndpoints();
        app.MapGrpcService<EnterpriseRegistryService>();
        app.MapGrpcService<TierLadderService>();
        app.MapEnterprisesApi();
        app.MapTiersApi();
        return app;
    }
}
