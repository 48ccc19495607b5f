using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>
/// Reading counted figures and their explanations through the gateway, and registering the projects and tier records
/// they count. Counting happens after an event crossed the broker, so every look is a bounded wait for agreement.
/// </summary>
internal static class CountedFigureRequests
{
    public const string City = "huzhou";

    /// <summary>The figure's value, or null where Indicators has none (nothing counted yet).</summary>
    public static async Task<decimal?> FigureAsync(this HttpClient gateway, string indicator, string period, string region = City)
    {
        using var response = await gateway.GetAsync($"/api/v1/indicators/{indicator}/summary?region={region}&period={period}", TestContext.Current.CancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return (decimal)(await response.ReadJsonAsync())["value"]!;
    }

    /// <summary>The explanation (one page of up to 500 records), or null where there is no figure.</summary>
    public static async Task<JsonObject?> ExplainAsync(this HttpClient gateway, string indicator, string period, string region = City)
    {
        using var response = await gateway.GetAsync($"/api/v1/indicators/{indicator}/figures/{region}/{period}/explain?pageSize=500", TestContext.Current.CancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }

    public static IReadOnlyList<JsonNode> Records(this JsonObject? explanation) =>
        explanation?["records"]?["items"]?.AsArray().Select(r => r!).ToList() ?? [];

    /// <summary>How many records of the explanation are <paramref name="id"/> (project id, or a tier record's credit code).</summary>
    public static int Naming(this JsonObject? explanation, string id) =>
        explanation.Records().Count(r => (string?)r["recordId"] == id || (string?)r["creditCode"] == id);

    /// <summary>Asks until <paramref name="agrees"/> returns no complaint; fails with the last complaint after <paramref name="patience"/>.</summary>
    public static async Task EventuallyAsync(Func<Task<string?>> agrees, TimeSpan? patience = null)
    {
        var limit = patience ?? TimeSpan.FromSeconds(60);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var complaint = await agrees();
            if (complaint is null)
            {
                return;
            }

            Assert.True(clock.Elapsed < limit, $"Still not so after {limit.TotalSeconds:0} s: {complaint}");
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>A new enterprise, and a manufacturing project of it filed on <paramref name="filedOn"/>; returns the project's id.</summary>
    public static async Task<(string CreditCode, string ProjectId)> RegisterProjectAsync(
        this HttpClient gateway, DateOnly filedOn, decimal investmentYi, bool isProvincialMajor = false, string chain = "nev")
    {
        var code = TestCreditCodes.NewValid();
        using (var enterprise = await gateway.RegisterAsync(EnterpriseRequests.NewRegistration(code, "湖州计数核对装备有限公司")))
        {
            Assert.Equal(HttpStatusCode.Created, enterprise.StatusCode);
        }

        using var registered = await gateway.PostAsJsonAsync("/api/v1/projects", new
        {
            name = "年产20万套新能源汽车零部件计数核对项目",
            enterpriseCreditCode = code,
            districtCode = "wuxing",
            chainCode = chain,
            kind = "NewManufacturing",
            origin = "NewlyIntroduced",
            totalInvestmentYi = investmentYi,
            equipmentInvestmentShare = 45m,
            isProvincialMajor,
            filedOn = Day(filedOn),
            plannedStartOn = Day(filedOn.AddMonths(3)),
            plannedCompletionOn = Day(filedOn.AddMonths(15)),
            plannedProductionOn = Day(filedOn.AddMonths(18)),
            plannedAboveScaleOn = Day(filedOn.AddMonths(24)),
            plannedAtCapacityOn = Day(filedOn.AddMonths(30)),
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return (code, (string)(await registered.ReadJsonAsync())["id"]!);
    }

    /// <summary>POSTs a change of a project (advance, replan, withdraw) and returns its new version.</summary>
    public static async Task<int> ChangeProjectAsync(this HttpClient gateway, string projectId, string change, object body)
    {
        using var response = await gateway.PostAsJsonAsync($"/api/v1/projects/{projectId}/{change}", body, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{change}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        return (int)(await response.ReadJsonAsync())["version"]!;
    }

    /// <summary>Proposes and certifies a tier record of <paramref name="creditCode"/> for <paramref name="year"/> (certified today).</summary>
    public static async Task CertifyTierAsync(this HttpClient gateway, string creditCode, string tier, int year)
    {
        var cancellation = TestContext.Current.CancellationToken;
        using (var proposed = await gateway.PostAsJsonAsync("/api/v1/tiers/candidates", new { creditCode, tierCode = tier, year, proposedBy = "市经信局" }, cancellation))
        {
            Assert.True(proposed.IsSuccessStatusCode, $"propose: {(int)proposed.StatusCode} {await proposed.Content.ReadAsStringAsync(cancellation)}");
        }

        using var certified = await gateway.PostAsJsonAsync("/api/v1/tiers/certify", new { creditCode, tierCode = tier, year }, cancellation);
        Assert.True(certified.IsSuccessStatusCode, $"certify: {(int)certified.StatusCode} {await certified.Content.ReadAsStringAsync(cancellation)}");
    }

    public static async Task RevokeTierAsync(this HttpClient gateway, string creditCode, string tier, int year)
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var revoked = await gateway.PostAsJsonAsync("/api/v1/tiers/revoke", new { creditCode, tierCode = tier, year, reason = "复核不符合认定条件" }, cancellation);
        Assert.True(revoked.IsSuccessStatusCode, $"revoke: {(int)revoked.StatusCode} {await revoked.Content.ReadAsStringAsync(cancellation)}");
    }

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
