using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>What a district system sends and reads over REST, written as a district developer would.</summary>
internal static class EnterpriseRequests
{
    public static object NewRegistration(string creditCode, string nameZh = "湖州测试智能装备有限公司") => new
    {
        creditCode,
        nameZh,
        nameEn = "Huzhou Test Intelligent Equipment Co., Ltd.",
        districtCode = "wuxing",
        industryCode = "C3841",
        chainCode = "nev",
        foundedOn = "2015-06-18",
    };

    public static Task<HttpResponseMessage> RegisterAsync(this HttpClient gateway, object registration) =>
        gateway.PostAsJsonAsync("/api/v1/enterprises", registration, TestContext.Current.CancellationToken);

    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonNode.Parse(text)?.AsObject()
            ?? throw new JsonException($"Expected a JSON object, got: {text}");
    }

    public static string? Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
