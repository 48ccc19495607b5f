using Aspire.Hosting.Testing;
using Aspire.Hosting.ApplicationModel;
using IndustryPlatform.Testing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IndustryPlatform.Infrastructure.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class ServersBecomeHealthy(InfrastructureFixture infrastructure)
{
    [Theory]
    [InlineData("postgres")]
    [InlineData("enterprisesdb")]
    [InlineData("projectsdb")]
    [InlineData("indicatorsdb")]
    [InlineData("rabbitmq")]
    [InlineData("redis")]
    public void Every_server_and_database_is_running_and_healthy(string resourceName)
    {
        Assert.True(infrastructure.App.ResourceNotifications.TryGetCurrentState(resourceName, out var current), $"{resourceName} has no state");
        Assert.Equal(KnownResourceStates.Running, current.Snapshot.State?.Text);
        Assert.Equal(HealthStatus.Healthy, current.Snapshot.HealthStatus);
        Assert.NotEmpty(current.Snapshot.HealthReports);
    }

    [Fact]
    public async Task Each_database_connection_string_names_its_own_database()
    {
        foreach (var database in new[] { "enterprisesdb", "projectsdb", "indicatorsdb" })
        {
            var connectionString = await infrastructure.App.GetConnectionStringAsync(database, TestContext.Current.CancellationToken);

            Assert.Contains($"Database={database}", connectionString);
        }
    }
}
