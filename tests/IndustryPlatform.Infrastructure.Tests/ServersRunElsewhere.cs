using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using IndustryPlatform.Testing;
using Npgsql;

namespace IndustryPlatform.Infrastructure.Tests;

/// <summary>Infrastructure:Mode=External, pointed at the servers the shared fixture runs.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ServersRunElsewhere(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task An_AppHost_in_External_mode_checks_the_given_servers_and_derives_the_database_connection_strings()
    {
        var server = await infrastructure.App.GetConnectionStringAsync(InfrastructureFixture.Postgres, TestContext.Current.CancellationToken);
        await using var external = new InfrastructureFixture
        {
            AppHostArguments =
            [
                "--Infrastructure:Mode=External",
                $"--ConnectionStrings:postgres={server}",
                $"--ConnectionStrings:rabbitmq={infrastructure.RabbitMqConnectionString}",
                $"--ConnectionStrings:redis={infrastructure.RedisConnectionString}",
            ],
        };

        await external.InitializeAsync();

        Assert.Null(external.StateDirectory);
        Assert.Equal(infrastructure.RabbitMqConnectionString, external.RabbitMqConnectionString);
        Assert.Equal(infrastructure.RedisConnectionString, external.RedisConnectionString);
        var projects = await external.App.GetConnectionStringAsync("projectsdb", TestContext.Current.CancellationToken);
        Assert.Equal("projectsdb", new NpgsqlConnectionStringBuilder(projects).Database);
        Assert.True(external.App.ResourceNotifications.TryGetCurrentState(InfrastructureFixture.Postgres, out var postgres));
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, postgres.Snapshot.HealthStatus);
        Assert.NotEmpty(postgres.Snapshot.HealthReports);
    }
}
