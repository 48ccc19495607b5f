using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace IndustryPlatform.Indicators.Tests.Support;

public static class Json
{
    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty body");

    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, params object[] rows) =>
        client.PostAsJsonAsync("/api/v1/indicators/observations:batch", new { rows }, TestContext.Current.CancellationToken);

    public static object Row(string indicator, string region, string period, decimal value, string unit, bool confirmed = false, string basis = "cumulative") =>
        new { indicatorCode = indicator, regionCode = region, period, basis, value, unit, confirmed };

    public static string Outcome(this JsonNode batch, int row) => (string)batch["rows"]![row]!["outcome"]!;

    public static string Rule(this JsonNode batch, int row) => (string)batch["rows"]![row]!["findings"]![0]!["rule"]!;
}
