using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Errors;
using IndustryPlatform.BuildingBlocks.Grpc;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Projects.Data;
using IndustryPlatform.Projects.Events;

namespace IndustryPlatform.Projects;

public static class Extensions
{
    public const string ServiceName = "projects";

    public static IHostApplicationBuilder AddProjectsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDbContext<ProjectsDbContext>("projectsdb");
        builder.Services.AddMigrationAndSeed<ProjectsDbContext, ProjectsSeeder>();

        builder.AddMessaging<ProjectsDbContext>(ServiceName, consumers =>
        {
            consumers.AddConsumer<EnterpriseRegisteredConsumer>();
            consumers.AddConsumer<EnterpriseChangedConsumer>();
        });

        builder.AddDomainErrorHandling();
        builder.AddGrpcEndpoint();
        return builder;
    }

    public static WebApplication MapProjectsEndpoints(this WebApplication app)
    {
        app.UseDomainErrorHandling();
        app.MapGrpcHealthAndReflection();
        return app;
    }
}
