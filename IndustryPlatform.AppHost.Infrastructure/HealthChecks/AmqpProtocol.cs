using RabbitMQ.Client;

namespace IndustryPlatform.AppHost.Infrastructure.HealthChecks;

/// <summary>
/// The broker is ready when an AMQP 0-9-1 client can log in with the connection string's user (a bare port or even a
/// protocol header answered is not enough: the default user may not exist yet). A complete handshake also keeps the
/// broker's log free of "client unexpectedly closed TCP connection" every time the check runs.
/// </summary>
internal static class AmqpProtocol
{
    public static async Task HandshakeAsync(string connectionString, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(connectionString),
            ClientProvidedName = "apphost-health-check",
            AutomaticRecoveryEnabled = false,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
        };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await connection.CloseAsync(cancellationToken);
    }
}
