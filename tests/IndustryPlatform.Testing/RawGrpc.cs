using System.Net;
using System.Net.Http.Headers;
using Google.Rpc;
using Xunit;

namespace IndustryPlatform.Testing;

/// <summary>
/// One gRPC call written byte by byte (HTTP/2 with prior knowledge, the frame as given), as a broken or hostile client
/// would send it; returns the grpc-status and the rule of its google.rpc details, from the headers or the trailers.
/// </summary>
public static class RawGrpc
{
    public static async Task<(int Status, string? Rule)> CallAsync(Uri address, string method, byte[] frame, string? accessToken = null)
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var client = new HttpClient(new SocketsHttpHandler()) { BaseAddress = address };
        using var request = new HttpRequestMessage(HttpMethod.Post, method)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(frame),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        using var response = await client.SendAsync(request, cancellation);
        var answer = await response.Content.ReadAsStringAsync(cancellation);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"HTTP {(int)response.StatusCode}, not a gRPC answer: {answer}");
        }

        string? Header(string name) =>
            response.Headers.TryGetValues(name, out var values) || response.TrailingHeaders.TryGetValues(name, out values) ? values.First() : null;

        var status = int.Parse(Header("grpc-status") ?? "-1", System.Globalization.CultureInfo.InvariantCulture);
        if (Header("grpc-status-details-bin") is not { } details)
        {
            return (status, null);
        }

        var padded = details.PadRight(details.Length + ((4 - (details.Length % 4)) % 4), '=');
        var rpc = Status.Parser.ParseFrom(Convert.FromBase64String(padded));
        return (status, rpc.Details.FirstOrDefault(d => d.Is(ErrorInfo.Descriptor))?.Unpack<ErrorInfo>().Reason);
    }

    /// <summary>"00 00000005 FFFF…": hex with spaces for reading, as the frames are written in the tests.</summary>
    public static byte[] Frame(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));
}
