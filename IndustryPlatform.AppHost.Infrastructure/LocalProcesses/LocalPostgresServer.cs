using IndustryPlatform.AppHost.Infrastructure.HealthChecks;

namespace IndustryPlatform.AppHost.Infrastructure.LocalProcesses;

/// <summary>Adds databases to a local PostgreSQL server and creates them as soon as the server answers.</summary>
internal sealed class LocalPostgresServer : IPostgresServer
{
    private readonly IDistributedApplicationBuilder _builder;
    private readonly IResourceBuilder<LocalPostgresServerResource> _server;
    private readonly List<string> _databases = [];

    public LocalPostgresServer(IDistributedApplicationBuilder builder, IResourceBuilder<LocalPostgresServerResource> server)
    {
        _builder = builder;
        _server = server;
        server.OnResourceReady(async (resource, _, ct) =>
        {
            var connectionString = await ((IResourceWithConnectionString)resource).GetConnectionStringAsync(ct);
            await PostgresDatabases.CreateMissingAsync(connectionString!, _databases, ct);
        });
    }

    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name)
    {
        _databases.Add(name);
        return _builder.AddResource(new LocalPostgresDatabaseResource(name, _server.Resource))
            .WithStateOfParent()
            .WithProtocolHealthCheck(PostgresProtocol.OpenConnectionAsync);
    }
}
