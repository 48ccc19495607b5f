using IndustryPlatform.AppHost.Infrastructure.HealthChecks;

namespace IndustryPlatform.AppHost.Infrastructure;

/// <summary>
/// Servers run elsewhere: <c>ConnectionStrings:postgres</c> (server only; each database adds <c>Database=…</c>),
/// <c>ConnectionStrings:rabbitmq</c> and <c>ConnectionStrings:redis</c>. The same protocol checks as for local
/// processes tell when they answer. Databases that do not exist yet are created by the services' migrations.
/// </summary>
internal sealed class ExternalInfrastructure(IDistributedApplicationBuilder builder) : IPlatformInfrastructure
{
    public static readonly string[] ConnectionStringNames = ["postgres", "rabbitmq", "redis"];

    public IPostgresServer AddPostgres(string name)
    {
        var server = builder.AddConnectionString(name);
        server.WithProtocolHealthCheck(PostgresProtocol.OpenConnectionAsync);
        return new Postgres(builder, server);
    }

    public IResourceBuilder<IResourceWithConnectionString> AddRabbitMQ(string name) =>
        builder.AddConnectionString(name).WithProtocolHealthCheck(AmqpProtocol.HandshakeAsync);

    public IResourceBuilder<IResourceWithConnectionString> AddRedis(string name) =>
        builder.AddConnectionString(name).WithProtocolHealthCheck(RedisProtocol.PingAsync);

    private sealed class Postgres(IDistributedApplicationBuilder builder, IResourceBuilder<IResourceWithConnectionString> server) : IPostgresServer
    {
        public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name) =>
            builder.AddConnectionString(name, ReferenceExpression.Create($"{server.Resource};Database={name}"))
                .WithParentRelationship(server)
                .WaitFor(server);
    }
}
