using System.Net.Sockets;
using System.Text;

namespace IndustryPlatform.AppHost.Infrastructure.HealthChecks;

/// <summary>Redis answers <c>PING</c> with <c>+PONG</c> (after <c>AUTH</c> when the connection string has a password).</summary>
internal static class RedisProtocol
{
    public static async Task PingAsync(string connectionString, CancellationToken cancellationToken)
    {
        var (host, port, password) = Parse(connectionString);
        using var client = new TcpClient();
        await client.ConnectAsync(host, port, cancellationToken);
        await using var stream = client.GetStream();

        var request = new StringBuilder();
        if (password is not null)
        {
            request.Append(Command("AUTH", password));
        }

        request.Append(Command("PING"));
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToString()), cancellationToken);

        using var reader = new StreamReader(stream, Encoding.UTF8);
        if (password is not null)
        {
            var auth = await reader.ReadLineAsync(cancellationToken);
            if (auth != "+OK")
            {
                throw new InvalidOperationException($"Redis refused AUTH: {auth}");
            }
        }

        var pong = await reader.ReadLineAsync(cancellationToken);
        if (pong != "+PONG")
        {
            throw new InvalidOperationException($"Redis answered PING with '{pong}'.");
        }
    }

    private static string Command(params string[] parts) =>
        $"*{parts.Length}\r\n" + string.Concat(parts.Select(p => $"${Encoding.UTF8.GetByteCount(p)}\r\n{p}\r\n"));

    /// <summary>StackExchange.Redis configuration string: <c>host:port[,option=value…]</c>.</summary>
    private static (string Host, int Port, string? Password) Parse(string connectionString)
    {
        var parts = connectionString.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var endpoint = parts.First(p => !p.Contains('='));
        var colon = endpoint.LastIndexOf(':');
        var host = colon < 0 ? endpoint : endpoint[..colon];
        var port = colon < 0 ? 6379 : int.Parse(endpoint[(colon + 1)..]);
        var password = parts
            .Where(p => p.StartsWith("password=", StringComparison.OrdinalIgnoreCase))
            .Select(p => p["password=".Length..])
            .FirstOrDefault();
        return (host, port, password);
    }
}
