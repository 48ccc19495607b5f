using System.Text.Json;
using System.Text.Json.Nodes;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>Reading the tier ladder's list answers.</summary>
internal static class TierRequests
{
    public static async Task<JsonArray> ReadJsonArrayAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonNode.Parse(text)?.AsArray() ?? throw new JsonException($"Expected a JSON array, got: {text}");
    }
}
