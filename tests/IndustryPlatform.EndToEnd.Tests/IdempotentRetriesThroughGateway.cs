using System.Net;
using System.Net.Sockets;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IndustryPlatform.Testing;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>
/// A district system that gives up on a keyed POST and retries it, as a client with a short timeout does: the write is
/// done exactly once, and the retry gets the service's own answer — never a failure the gateway remembered for it.
/// </summary>
public sealed class IdempotentRetriesThroughGateway(PlatformFixture platform)
{
    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_client_that_gives_up_on_a_long_batch_gets_the_services_answer_on_retry_and_the_batch_is_stored_once()
    {
        using var city = platform.CreateGatewayClient();
        var key = Guid.NewGuid().ToString();
        // 5,000 revisions of one figure of a year no other test reads: long enough to outlast the client's patience.
        var period = $"2019-{Random.Shared.Next(1, 13):00}";
        var batch = JsonSerializer.SerializeToUtf8Bytes(new
        {
            rows = Enumerable.Range(1, 5000).Select(i => new
            {
                indicatorCode = "industrial-value-added", regionCode = "nanxun", period, basis = "cumulative", value = 100m + (i / 1000m), unit = "亿元", confirmed = true,
            }),
        }, new JsonSerializerOptions(JsonSerializerDefaults.Web));

        // As a client with a short timeout: the whole body goes out, then it hangs up without an answer.
        await SendThenHangUpAsync("/api/v1/indicators/observations:batch", key, batch, TimeSpan.FromSeconds(1));

        var retry = await RetryUntilAnsweredAsync(city, "/api/v1/indicators/observations:batch", key, batch);

        // Whether the gateway had the body before the client left decides if the retry is the first call's answer
        // (replayed) or the first real call (the key stayed free); either way it is the service's answer, and once.
        Assert.Equal(HttpStatusCode.OK, retry.Status);
        TestContext.Current.TestOutputHelper?.WriteLine($"retry replayed: {retry.Replayed ?? "no"}");
        Assert.Equal(5000, JsonNode.Parse(retry.Body)!["rows"]!.AsArray().Count);
        using var vintages = await city.GetAsync($"/api/v1/indicators/industrial-value-added/vintages?region=nanxun&period={period}&basis=cumulative", _cancellation);
        var stored = (await vintages.Content.ReadFromJsonAsync<JsonArray>(_cancellation))!;
        Assert.Equal(100.001m, stored.Min(v => (decimal)v!["value"]!));
        Assert.Equal(5000, stored.Count(v => (decimal)v!["value"]! > 100m));
    }

    [Fact]
    public async Task A_client_that_breaks_off_in_the_middle_of_its_body_leaves_the_key_free_for_the_retry()
    {
        using var city = platform.CreateGatewayClient();
        var code = TestCreditCodes.NewValid();
        var key = Guid.NewGuid().ToString();

        using var broken = Keyed(key, new BreakOffHalfway(Registration(code)));
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => city.SendAsync(broken, _cancellation));

        var retry = await RetryUntilAnsweredAsync(city, "/api/v1/enterprises", key, JsonSerializer.SerializeToUtf8Bytes(Registration(code), new JsonSerializerOptions(JsonSerializerDefaults.Web)));

        Assert.Equal(HttpStatusCode.Created, retry.Status);
        Assert.Null(retry.Replayed);
        await AssertRegisteredOnceAsync(city, code);
    }

    private static object Registration(string creditCode) => new
    {
        creditCode,
        nameZh = "湖州测试重试有限公司",
        districtCode = "nanxun",
        industryCode = "C3841",
        chainCode = "nev",
        foundedOn = "2018-03-01",
    };

    private static HttpRequestMessage Keyed(string key, HttpContent content, string path = "/api/v1/enterprises")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    /// <summary>Retries while the first call is still running (409 in progress), as a well-behaved client does.</summary>
    private async Task<(HttpStatusCode Status, string? Replayed, string Body)> RetryUntilAnsweredAsync(HttpClient client, string path, string key, byte[] body)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            using var request = Keyed(key, new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } }, path);
            using var response = await client.SendAsync(request, _cancellation);
            if (response.StatusCode != HttpStatusCode.Conflict || DateTime.UtcNow > deadline)
            {
                return (response.StatusCode, response.Headers.TryGetValues("Idempotency-Replayed", out var values) ? values.Single() : null,
                    await response.Content.ReadAsStringAsync(_cancellation));
            }

            await Task.Delay(200, _cancellation);
        }
    }

    private async Task AssertRegisteredOnceAsync(HttpClient client, string code)
    {
        using var history = await client.GetAsync($"/api/v1/enterprises/{code}/history", _cancellation);
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
        Assert.Single((await history.Content.ReadFromJsonAsync<JsonArray>(_cancellation))!);
    }

    private async Task SendThenHangUpAsync(string path, string key, byte[] body, TimeSpan patience)
    {
        var token = await platform.GetAccessTokenAsync(PlatformFixture.CityBureau);
        var gateway = platform.GatewayAddress;
        using var connection = new TcpClient();
        await connection.ConnectAsync(gateway.Host, gateway.Port, _cancellation);
        var head = Encoding.ASCII.GetBytes(
            $"POST {path} HTTP/1.1\r\nHost: {gateway.Authority}\r\nAuthorization: Bearer {token}\r\n"
            + $"Content-Type: application/json\r\nIdempotency-Key: {key}\r\nContent-Length: {body.Length}\r\n\r\n");
        var stream = connection.GetStream();
        await stream.WriteAsync(head.Concat(body).ToArray(), _cancellation);
        await stream.FlushAsync(_cancellation);
        await Task.Delay(patience, _cancellation);
        connection.Client.Shutdown(SocketShutdown.Both);
    }

    /// <summary>Announces a whole body, sends half of it, and fails: the connection ends mid-request.</summary>
    private sealed class BreakOffHalfway(object value) : HttpContent
    {
        private readonly byte[] _body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value, new JsonSerializerOptions(JsonSerializerDefaults.Web)));

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(_body.AsMemory(0, _body.Length / 2));
            await stream.FlushAsync();
            throw new IOException("The client broke off its request halfway through the body.");
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _body.Length;
            return true;
        }
    }
}
