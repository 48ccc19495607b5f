using IndustryPlatform.AppHost.Infrastructure.HealthChecks;
using IndustryPlatform.AppHost.Infrastructure.StartUp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.AppHost.Infrastructure.LocalProcesses;

/// <summary>
/// PostgreSQL, RabbitMQ (with its own epmd) and Redis from the distribution's packages, started by the AppHost as
/// executables on free loopback ports, with passwords generated once and kept in the state folder.
/// </summary>
internal sealed class LocalProcessInfrastructure : IPlatformInfrastructure
{
    private readonly IDistributedApplicationBuilder _builder;
    private readonly LocalBinaries _binaries;
    private readonly StateDirectory _state;

    public LocalProcessInfrastructure(IDistributedApplicationBuilder builder, LocalBinaries binaries, StateDirectory state)
    {
        _builder = builder;
        _binaries = binaries;
        _state = state;
        builder.Eventing.Subscribe<BeforeStartEvent>((e, _) =>
        {
            var logger = e.Services.GetRequiredService<ILoggerFactory>().CreateLogger<StateDirectory>();
            StateDirectory.DeleteStaleEphemeralRoots(logger);
            foreach (var note in state.Notes)
            {
                logger.LogInformation("{Note}", note);
            }

            return Task.CompletedTask;
        });
    }

    public IPostgresServer AddPostgres(string name)
    {
        var folder = _state.ReachableFolder(name, "PostgreSQL");
        var (password, secret) = AddPassword(name);
        var cluster = new PostgresCluster(_binaries, folder, secret);
        var port = FreePort.Pick();
        var (command, arguments) = PostgresUser.Command(_binaries.Postgres, cluster.ServerArguments(port, _state.Ephemeral));

        var server = _builder.AddResource(new LocalPostgresServerResource(name, command, folder, password.Resource))
            .WithArgs(arguments)
            .WithServerEndpoint(port)
            .OnBeforeResourceStarted((_, _, ct) => cluster.InitializeAsync(ct))
            .WithAnnotation(new LocalServerAnnotation("PostgreSQL", cluster.DataDirectory, PostgresUser.IsSeparate ? PostgresUser.Name : null))
            .WithProtocolHealthCheck(PostgresProtocol.OpenConnectionAsync);
        return new LocalPostgresServer(_builder, server);
    }

    public IResourceBuilder<IResourceWithConnectionString> AddRabbitMQ(string name)
    {
        var folder = _state.Folder(name);
        var (password, secret) = AddPassword(name);
        var port = FreePort.Pick();
        var epmdPort = FreePort.Pick();

        var epmd = _builder.AddResource(new EpmdResource($"{name}-epmd", _binaries.Epmd, folder))
            .WithArgs("-port", epmdPort.ToString(), "-address", "127.0.0.1")
            .WithAnnotation(new LocalServerAnnotation("epmd (RabbitMQ's port mapper)", DataFolder: null))
            .WithProtocolHealthCheck(ct => EpmdProtocol.NamesAsync("127.0.0.1", epmdPort, ct));

        var rabbitmq = _builder.AddResource(new LocalRabbitMQResource(name, _binaries.RabbitMqServer, folder, password.Resource))
            .WithServerEndpoint(port)
            .WithEnvironment(context =>
            {
                foreach (var (key, value) in RabbitMqNode.Prepare(folder, secret, port, epmdPort))
                {
                    context.EnvironmentVariables[key] = value;
                }
            })
            .WaitFor(epmd)
            .WithAnnotation(new LocalServerAnnotation("RabbitMQ", folder))
            .WithProtocolHealthCheck(AmqpProtocol.HandshakeAsync);
        epmd.WithParentRelationship(rabbitmq);
        return rabbitmq;
    }

    public IResourceBuilder<IResourceWithConnectionString> AddRedis(string name)
    {
        var folder = _state.Folder(name);
        var (password, _) = AddPassword(name);
        var port = FreePort.Pick();

        return _builder.AddResource(new LocalRedisResource(name, _binaries.RedisServer, folder, password.Resource))
            .WithArgs("--port", port.ToString(), "--bind", "127.0.0.1", "--dir", folder, "--daemonize", "no", "--requirepass", password.Resource)
            // Its process title would overwrite the environment that marks it as ours.
            .WithArgs("--set-proc-title", "no")
            .WithArgs(_state.Ephemeral ? ["--save", "", "--appendonly", "no"] : ["--appendonly", "yes"])
            .WithServerEndpoint(port)
            .WithAnnotation(new LocalServerAnnotation("Redis", folder))
            .WithProtocolHealthCheck(RedisProtocol.PingAsync);
    }

    /// <summary>A secret parameter (masked in the dashboard, as the container integrations' passwords are) and its value.</summary>
    private (IResourceBuilder<ParameterResource> Parameter, string Value) AddPassword(string resourceName)
    {
        var name = $"{resourceName}-password";
        var value = _state.Secret(name);
        return (_builder.AddParameter(name, value, secret: true), value);
    }
}
