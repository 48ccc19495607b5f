using IndustryPlatform.AppHost;
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

var gateway = builder.AddProject<Projects.IndustryPlatform_Gateway>("gateway")
    .WithReference(redis).WaitFor(redis) // rate-limit counters and idempotency keys, shared by every gateway instance
    .WithReference(enterprises).WaitFor(enterprises)
    .WithReference(projects).WaitFor(projects)
    .WithReference(indicators).WaitFor(indicators)
    .WithHttpHealthCheck("/health", endpointName: "http");

// The gateway issues the access tokens under its own public address; the services trust that issuer's published keys.
var issuer = gateway.GetEndpoint("http");
foreach (var resource in new[] { gateway, enterprises, projects, indicators })
{
    resource.WithEnvironment("Identity__Issuer", issuer);
}

gateway.WithGatewayIdentity(builder);

builder.Build().Run();
