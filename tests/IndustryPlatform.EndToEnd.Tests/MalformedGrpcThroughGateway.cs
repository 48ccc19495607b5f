using Aspire.Hosting.Testing;
using IndustryPlatform.Testing;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>
/// gRPC frames a client library would never send, written byte by byte to the gateway's gRPC port as a broken or
/// hostile client would: each is answered with the status the gRPC spec gives such a frame and the rule that names it,
/// never UNKNOWN "Exception was thrown by handler".
/// </summary>
public sealed class MalformedGrpcThroughGateway(PlatformFixture platform)
{
    private const string GetEnterprise = "/industry.enterprises.v1.EnterpriseRegistry/GetEnterprise";
    private const string LoadObservations = "/industry.indicators.v1.IndicatorFigures/LoadObservations";

    public static TheoryData<string, string, string, int, string> Frames => new()
    {
        { "garbage bytes", GetEnterprise, "00 00000005 FFFFFFFFFF", 3, "request.unreadable-message" },
        { "a string field that is not UTF-8", GetEnterprise, "00 00000004 0A02C328", 3, "request.unreadable-message" },
        { "field number 0, which protobuf has not", GetEnterprise, "00 00000002 0001", 3, "request.unreadable-message" },
        { "a 4 GB length prefix", GetEnterprise, "00 FFFFFFFF 0A00", 8, "request.too-large" },
        { "a message shorter than its length prefix", GetEnterprise, "00 00000010 0A0331", 13, "request.body-incomplete" },
        { "a header cut short", GetEnterprise, "00 0000", 13, "request.body-incomplete" },
        { "garbage in a streamed call", LoadObservations, "00 00000005 FFFFFFFFFF", 3, "request.unreadable-message" },
    };

    [Theory]
    [MemberData(nameof(Frames))]
    public async Task A_malformed_frame_is_refused_with_its_status_and_rule(string what, string method, string hex, int status, string rule)
    {
        var (code, reason) = await CallAsync(method, RawGrpc.Frame(hex));

        Assert.True(code == status, $"{what}: grpc-status {code}, expected {status} ({reason})");
        Assert.Equal(rule, reason);
    }

    [Fact]
    public async Task A_well_formed_frame_still_reaches_the_method()
    {
        var creditCode = System.Text.Encoding.UTF8.GetBytes(TestCreditCodes.NewValid());
        var message = new byte[] { 0x0A, (byte)creditCode.Length }.Concat(creditCode).ToArray();
        var frame = new byte[] { 0, 0, 0, 0, (byte)message.Length }.Concat(message).ToArray();

        var (code, reason) = await CallAsync(GetEnterprise, frame);

        Assert.Equal((5, "enterprise.not-found"), (code, reason));
    }

    private async Task<(int Status, string? Rule)> CallAsync(string method, byte[] frame) =>
        await RawGrpc.CallAsync(platform.App.GetEndpoint(PlatformFixture.Gateway, "grpc"), method, frame, await platform.GetAccessTokenAsync(PlatformFixture.CityBureau));
}
