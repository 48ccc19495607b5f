namespace IndustryPlatform.AppHost.Infrastructure;

/// <summary>The standard Aspire container integrations; data lives in named volumes unless the run is ephemeral.</summary>
internal sealed class ContainerInfrastructure(IDistributedApplicationBuilder builder, bool ephemeral) : IPlatformInfrastructure
{
    public IPostgresServer AddPostgres(string name)
    {
        var postgres = builder.AddPostgres(name);
        if (!ephemeral)
        {
            postgres.WithDataVolume();
        }

        return new Postgres(postgres);
    }

    public IResourceBuilder<IResourceWithConnectionString> AddRabbitMQ(string name)
    {
        var rabbitmq = builder.AddRabbitMQ(name);
        return ephemeral ? rabbitmq : rabbitmq.WithDataVolume();
    }

    public IResourceBuilder<IResourceWithConnectionString> AddRedis(string name)
    {
        var redis = builder.AddRedis(name);
        return ephemeral ? redis : redis.WithDataVolume();
    }

    private sealed class Postgres(IResourceBuilder<PostgresServerResource> postgres) : IPostgresServer
    {
        public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name) => postgres.AddDatabase(name);
    }
}
