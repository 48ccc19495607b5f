namespace IndustryPlatform.AppHost.Infrastructure;

/// <summary>
/// The servers the services need, whatever provides them. Every resource it returns carries a connection string
/// of the same shape in every mode and becomes healthy only when its server answers its own protocol,
/// so <c>WithReference(x).WaitFor(x)</c> means the same thing everywhere.
/// </summary>
public interface IPlatformInfrastructure
{
    IPostgresServer AddPostgres(string name);

    /// <summary>Connection string <c>amqp://user:password@host:port</c>.</summary>
    IResourceBuilder<IResourceWithConnectionString> AddRabbitMQ(string name);

    /// <summary>Connection string <c>host:port,password=…</c> (StackExchange.Redis).</summary>
    IResourceBuilder<IResourceWithConnectionString> AddRedis(string name);
}

/// <summary>A PostgreSQL server; each database is a resource of its own whose connection string names it.</summary>
public interface IPostgresServer
{
    IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name);
}
