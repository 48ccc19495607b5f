using IndustryPlatform.Testing;

namespace IndustryPlatform.Faults.Tests;

/// <summary>
/// A server process killed outright (SIGKILL: no shutdown, as a crash or the out-of-memory killer would) is started
/// again by the AppHost, and the services find it again by themselves: Npgsql's pools, MassTransit's connection to the
/// broker and StackExchange.Redis reconnect, and the platform serves through the gateway without a person.
/// </summary>
[Collection(OneFaultAtATime.Name)]
public sealed class ServersComeBack(PlatformFixture platform)
{
    private static readonly TimeSpan RestartPatience = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan ServePatience = TimeSpan.FromSeconds(90);

    [Theory]
    [InlineData("postgres", "postgres")]
    [InlineData("redis", "redis-server")]
    [InlineData("rabbitmq", "beam.smp")]
    [InlineData("rabbitmq-epmd", "epmd")]
    public async Task A_killed_server_is_started_again_and_the_platform_serves_through_the_gateway(string resource, string program)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var server = new ResourceProcesses(platform.App, resource);
        var restarts = server.Restarts;

        ResourceProcesses.Kill(server.FindProcess(program));

        await server.WaitUntilRestartedAndHealthyAsync(restarts + 1, RestartPatience, cancellation);
        await PlatformTraffic.ServesAgainAsync(platform, ServePatience, cancellation);
    }
}
