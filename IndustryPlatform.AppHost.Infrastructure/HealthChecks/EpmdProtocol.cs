using System.Net.Sockets;

namespace IndustryPlatform.AppHost.Infrastructure.HealthChecks;

/// <summary>The Erlang port mapper answers NAMES_REQ (a 2-byte length and <c>'n'</c>) with its own port number.</summary>
internal static class EpmdProtocol
{
    private const byte NamesRequest = (byte)'n';

    public static async Task NamesAsync(string host, int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(host, port, cancellationToken);
        await using var stream = client.GetStream();
        await stream.WriteAsync(new byte[] { 0, 1, NamesRequest }, cancellationToken);

        var reply = new byte[4];
        await stream.ReadExactlyAsync(reply, cancellationToken);
        var answeredPort = (reply[0] << 24) | (reply[1] << 16) | (reply[2] << 8) | reply[3];
        if (answeredPort != port)
        {
            throw new InvalidOperationException($"epmd on port {port} answered NAMES with port {answeredPort}.");
        }
    }
}
