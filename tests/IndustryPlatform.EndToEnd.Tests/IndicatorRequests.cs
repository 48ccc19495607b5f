using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>What a district system or the city bureau sends to and reads from the Indicators service through the gateway.</summary>
internal static class IndicatorRequests
{
    public static object Row(string indicator, string region, string period, decimal value, string unit, bool confirmed = false) =>
        new { indicatorCode = indicator, regionCode = region, period, basis = "cumulative", value, unit, confirmed };

    public static async Task<JsonObject> SubmitAsync(this HttpClient gateway, params object[] rows)
    {
        using var response = await gateway.PostAsJsonAsync("/api/v1/indicators/observations:batch", new { rows }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }

    public static async Task<JsonObject> GetJsonAsync(this HttpClient gateway, string path)
    {
        using var response = await gateway.GetAsync(path, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }

    public static async Task<JsonArray> GetJsonArrayAsync(this HttpClient gateway, string path)
    {
        using var response = await gateway.GetAsync(path, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }
}
