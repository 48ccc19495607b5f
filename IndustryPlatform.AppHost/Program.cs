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

// Each service on ports chosen free at every start; see ServiceEndpoints.
var enterprises = builder.AddService<Projects.IndustryPlatform_Enterprises>("enterprises")
    .WithReference(enterprisesDb).WaitFor(enterprisesDb)
    .WithReference(rabbitmq).WaitFor(rabbitmq)
    .WithReference(redis).WaitFor(redis);

var projects = builder.AddService<Projects.IndustryPlatform_Projects>("projects")
    .WithReference(projectsDb).WaitFor(projectsDb)
    .WithReference(rabbitmq).WaitFor(rabbitmq)
    .WithReference(redis).WaitFor(redis)
    .WithReference(enterprises); // asks Enterprises over gRPC for an enterprise its own copy has not seen yet

var indicators = builder.AddService<Projects.IndustryPlatform_Indicators>("indicators")
    .WithReference(indicatorsDb).WaitFor(indicatorsDb)
    .WithReference(rabbitmq).WaitFor(rabbitmq)
    .WithReference(redis).WaitFor(redis);

// The front door, on the published ports (5080 REST, 5081 gRPC unless Gateway:HttpPort / Gateway:GrpcPort say otherwise).
var (gatewayHttpPort, gatewayGrpcPort) = builder.GatewayPorts();
var gateway = builder.AddService<Projects.IndustryPlatform_Gateway>("gateway", gatewayHttpPort, gatewayGrpcPort)
    .WithReference(redis).WaitFor(redis) // rate-limit counters and idempotency keys, shared by every gateway instance
    .WithReference(enterprises).WaitFor(enterprises)
    .WithReference(projects).WaitFor(projects)
    .WithReference(indicators).WaitFor(indicators);

// The gateway issues the access tokens under its own public address and for this stack's own audience, both of which
// differ from stack to stack; the services trust only that issuer's keys and audience, so another stack's token is refused.
var issuer = gateway.GetEndpoint("http");
var audience = builder.StackAudience();
foreach (var resource in new[] { gateway, enterprises, projects, indicators })
{
    resource.WithEnvironment("Identity__Issuer", issuer).WithEnvironment("Identity__Audience", audience);
}

gateway.WithGatewayIdentity(builder);

// The cockpit (驾驶舱) for the bureaus' staff: people sign in at the gateway and it calls the API with their token.
builder.AddCockpit(gateway);

builder.Build().Run();
