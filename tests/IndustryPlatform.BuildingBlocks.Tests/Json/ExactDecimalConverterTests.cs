using System.Text.Json;
using IndustryPlatform.BuildingBlocks.Json;

namespace IndustryPlatform.BuildingBlocks.Tests.Json;

public sealed class ExactDecimalConverterTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new ExactDecimalConverter() } };

    private sealed record Body(decimal Value, decimal? Share);

    [Theory]
    [InlineData("8.5", "8.5")]
    [InlineData("8.50", "8.50")]
    [InlineData("0", "0")]
    [InlineData("-0", "0")]
    [InlineData("0.000", "0.000")]
    [InlineData("1e17", "100000000000000000")]
    [InlineData("2.5E-3", "0.0025")]
    [InlineData("9999999999999999999999999999", "9999999999999999999999999999")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    public void A_number_a_decimal_holds_exactly_is_read_as_it_is(string json, string expected)
    {
        var body = JsonSerializer.Deserialize<Body>($"{{\"Value\":{json},\"Share\":{json}}}", Options)!;

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), body.Value);
        Assert.Equal(body.Value, body.Share);
    }

    [Theory]
    [InlineData("1e-30")]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("1.00000000000000000000000000001")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("99999999999999999999999999999")]
    [InlineData("1e309")]
    [InlineData("\"8.5\"")]
    public void A_number_a_decimal_would_round_or_cannot_hold_is_refused(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Body>($"{{\"Value\":{json},\"Share\":null}}", Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Body>($"{{\"Value\":1,\"Share\":{json}}}", Options));
    }

    [Fact]
    public void A_decimal_is_written_as_a_plain_number()
    {
        Assert.Equal("{\"Value\":8.50,\"Share\":null}", JsonSerializer.Serialize(new Body(8.50m, null), Options));
    }
}
