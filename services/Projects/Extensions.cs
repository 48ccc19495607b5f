using IndustryPlatform.BuildingBlocks;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.Contracts.Enterprises.V1;
using Microsoft.Extensions.DependencyInjection.Extensions;
using IndustryPlatform.Projects.Api;
using IndustryPlatform.Projects.Data;
using IndustryPlatform.Projects.Events;
using IndustryPlatform.Projects.Grpc;
using IndustryPlatform.Projects.UseCases;

namespace IndustryPlatform.Projects;

public static class Extensions
{
    public const string ServiceName = "projects";

    /// <summary>The Enterprises service's gRPC endpoint, by service discovery.</summary>
    public const string EnterprisesGrpcAddress = "http://_grpc.enterprises";

    public static IHostApplicationBuilder AddProjectsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceData<ProjectsDbContext, ProjectsSeeder>(ServiceName, "projectsdb", consumers =>
        {
            consumers.AddConsumer<EnterpriseRegisteredConsumer>();
            consumers.AddConsumer<EnterpriseChangedConsumer>();
            consumers.AddConsumer<FactsResyncRequestedConsumer>();
        });

        builder.AddServiceEndpoints();
        builder.Services.AddTransient<ForwardCallerToken>();
        builder.Services.AddGrpcClient<EnterpriseRegistry.EnterpriseRegistryClient>(o => o.Address = new Uri(EnterprisesGrpcAddress))
            .AddHttpMessageHandler<ForwardCallerToken>();

        builder.Services.AddProjectsUseCases();
        builder.Services.AddHostedService<DailyLightReview>();
        return builder;
    }

    /// <summary>The use cases and what they need besides the database and the Enterprises client.</summary>
    public static IServiceCollection AddProjectsUseCases(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.TryAddSingleton<CurrentCaller>();
        services.AddUseCases(typeof(Extensions).Assembly);
        return services;
    }

    public static WebApplication MapProjectsEndpoints(this WebApplication app)
    {
        app.UseServiceEndpoints();
        app.MapGrpcService<ProjectLifecycleService>();
        app.MapProjectsApi();
        return app;
    }
}
