using IndustryPlatform.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

// Containers, local processes or external servers: Infrastructure:Mode, see docs/running-locally.md.
var infrastructure = builder.AddInfrastructure();

var postgres = infrastructure.AddPostgres("postgres");
var enterprisesDb = postgres.AddDatabase("enterprisesdb");
var projectsDb = postgres.AddDatabase("projectsdb");
var indicatorsDb = postgres.AddDatabase("indicatorsdb");
var rabbitmq = infrastructure.AddRabbitMQ("rabbitmq");
var redis = infrastructure.AddRedis("redis");

var enterprises = builder.AddProject<Projects.IndustryPlatform_Enterprises>("enterprises")
    .WithReference(enterprisesDb).WaitFor(enterprisesDb)
    .WithReference(rabbitmq).WaitFor(rabbitmq)
    .WithReference(redis).WaitFor(redis)
    .WithHttpHealthCheck("/health", endpointName: "http");

var projects = builder.AddProject<Projects.IndustryPlatform_Projects>("projects")
    .WithReference(projectsDb).WaitFor(projectsDb)
    .WithReference(rabbitmq).WaitFor(rabbitmq)
    .WithReference(redis).WaitFor(redis)
    .WithReference(enterprises) // asks Enterprises over gRPC for an enterprise its own copy has not seen yet
    .WithHttpHealthCheck("/health", endpointName: "http");

var indicators = builder.AddProject<Projects.IndustryPlatform_Indicators>("indicators")
    .WithReference(indicatorsDb).WaitFor(indicatorsDb)
    .WithReference(rabbitmq).WaitFor(rabbitmq)
    .WithReference(redis).WaitFor(redis)
    .WithHttpHealthCheck("/health", endpointName: "http");

builder.AddProject<Projects.IndustryPlatform_Gateway>("gateway")
    .WithReference(enterprises).WaitFor(enterprises)
    .WithReference(projects).WaitFor(projects)
    .WithReference(indicators).WaitFor(indicators)
    .WithHttpHealthCheck("/health", endpointName: "http");

builder.Build().Run();
