namespace IndustryPlatform.Gateway.Limits;

/// <summary>Configuration section "Limits".</summary>
public sealed class GatewayLimitsOptions
{
    public const string Section = "Limits";

    /// <summary>Largest REST body (JSON or CSV batch); a month of a district's figures is a few kilobytes.</summary>
    public long MaxRequestBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Largest gRPC request stream; bulk loads stream many rows, each message is bounded by gRPC itself.</summary>
    public long MaxGrpcRequestBodyBytes { get; set; } = 256 * 1024 * 1024;

    /// <summary>Requests a client may make per window, counted across every gateway instance.</summary>
    public int PermitsPerWindow { get; set; } = 3000;

    public int WindowSeconds { get; set; } = 60;

    /// <summary>Token requests per window from one address (before the client is known).</summary>
    public int TokenRequestsPerWindow { get; set; } = 120;

    /// <summary>Per-client permits per window, replacing <see cref="PermitsPerWindow"/> for that client.</summary>
    public Dictionary<string, int> Clients { get; set; } = new(StringComparer.Ordinal);

    public int PermitsFor(string clientId) => Clients.TryGetValue(clientId, out var permits) ? permits : PermitsPerWindow;
}
