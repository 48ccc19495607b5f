using System.Net;
using IndustryPlatform.BuildingBlocks.Errors;
using IndustryPlatform.BuildingBlocks.Grpc;
using IndustryPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.BuildingBlocks.Tests.Grpc;

/// <summary>
/// A real Kestrel host speaking gRPC (the standard health service, a unary method taking one string): frames no client
/// library would send are refused with the spec's status and a named rule, and a sound frame still reaches the method.
/// </summary>
public sealed class GrpcRequestMessageCheckTests : IAsyncLifetime
{
    private const string Check = "/grpc.health.v1.Health/Check";
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Logging.ClearProviders();
        builder.AddDomainErrorHandling();
        builder.AddGrpcEndpoint();
        _app = builder.Build();
        _app.UseDomainErrorHandling();
        _app.UseMiddleware<GrpcRequestMessageCheck>();
        _app.MapGrpcHealthAndReflection();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Theory]
    [InlineData("garbage bytes", "00 00000005 FFFFFFFFFF", 3, "request.unreadable-message")]
    [InlineData("a string field that is not UTF-8", "00 00000004 0A02C328", 3, "request.unreadable-message")]
    [InlineData("field number 0, which protobuf has not", "00 00000002 0001", 3, "request.unreadable-message")]
    [InlineData("a 4 GB length prefix", "00 FFFFFFFF 0A00", 8, "request.too-large")]
    [InlineData("a message shorter than its length prefix", "00 00000010 0A0331", 13, "request.body-incomplete")]
    [InlineData("a header cut short", "00 0000", 13, "request.body-incomplete")]
    public async Task A_malformed_frame_is_refused_with_the_spec_s_status_and_a_rule(string what, string hex, int status, string rule)
    {
        var (code, reason) = await CallAsync(RawGrpc.Frame(hex));

        Assert.True((code, reason) == (status, rule), $"{what}: grpc-status {code} ({reason}), expected {status} ({rule})");
    }

    [Fact]
    public async Task A_sound_frame_reaches_the_method()
    {
        Assert.Equal((0, null), await CallAsync(RawGrpc.Frame("00 00000000")));
    }

    private Task<(int Status, string? Rule)> CallAsync(byte[] frame) => RawGrpc.CallAsync(_client.BaseAddress!, Check, frame);
}
