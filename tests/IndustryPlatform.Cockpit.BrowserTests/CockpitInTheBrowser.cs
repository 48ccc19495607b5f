using System.Globalization;
using IndustryPlatform.Cockpit.Reporting;
using Microsoft.Playwright;

namespace IndustryPlatform.Cockpit.BrowserTests;

/// <summary>
/// People in the cockpit on the demo world: the city and a district sign in at the gateway, every page shows the API's
/// figures, a stage advanced from the page changes, a bad CSV row is refused by its rule, and a district cannot act on
/// another district's project. Each page's screenshot is kept in docs/cockpit/.
/// </summary>
public sealed class CockpitInTheBrowser(CockpitFixture cockpit)
{
    private const string DemoYear = "2024";
    private static readonly Labels Zh = new(English: false);

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(CockpitFixture.ScreenshotFolder);
        await page.WaitForTimeoutAsync(600); // the charts' entry animation
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(CockpitFixture.ScreenshotFolder, name + ".png"), FullPage = false });
    }

    private async Task OpenAsync(IPage page, string path) => await page.GotoAsync(new Uri(cockpit.CockpitAddress, path).ToString());

    private static decimal Number(System.Text.Json.JsonElement element, string property) => element.GetProperty(property).GetDecimal();

    [Fact]
    public async Task The_city_sees_every_page_with_the_apis_figures()
    {
        var page = await cockpit.SignInAsync("city-staff");
        Assert.Contains("湖州市", await page.Locator("[data-testid=who]").InnerTextAsync());

        // 总览: the headline value of the year's first indicator, as the bulletin of the API has it.
        var bulletin = await cockpit.ApiAsync($"/api/v1/bulletin?period={DemoYear}-12");
        var first = bulletin.GetProperty("items")[0].GetProperty("summary");
        await OpenAsync(page, $"/?year={DemoYear}");
        var card = page.Locator($"[data-indicator={first.GetProperty("indicatorCode").GetString()}] [data-testid=value]");
        Assert.Equal(ReportNumbers.Amount(Number(first, "value"), first.GetProperty("unit").GetString()!), await card.InnerTextAsync());
        await ScreenshotAsync(page, "overview");

        // 指标: Wuxing's figure in the district breakdown.
        var wuxing = await cockpit.ApiAsync($"/api/v1/indicators/industrial-value-added/summary?region=wuxing&period={DemoYear}-12&basis=cumulative");
        await OpenAsync(page, $"/indicators/industrial-value-added?year={DemoYear}");
        await Assertions.Expect(page.Locator("[data-testid=breakdown] tr[data-district=wuxing] td.num")).ToHaveTextAsync(ReportNumbers.Amount(Number(wuxing, "value"), "亿元"));
        await ScreenshotAsync(page, "indicator");

        // 溯源: the city's count of major projects started is the registry's, and the page lists the records the API names.
        var started = await RegistryCountedAsync("major-projects-started", "major-started");
        await OpenAsync(page, $"/indicators/major-projects-started?year={DemoYear}");
        await page.ClickAsync("[data-testid=explain-city]");
        await Assertions.Expect(page.Locator("[data-testid=explain]")).ToHaveAttributeAsync("data-source", "Derived");
        await Assertions.Expect(page.Locator("[data-testid=explain-total]")).ToContainTextAsync($"共{started.GetProperty("records").GetProperty("total").GetInt32()}条");
        var firstRecord = started.GetProperty("records").GetProperty("items")[0];
        await Assertions.Expect(page.Locator("[data-testid=explain-records] tr[data-record]").First)
            .ToHaveAttributeAsync("data-record", firstRecord.GetProperty("recordId").GetString()!);
        await Assertions.Expect(page.Locator("[data-testid=explain-records] tr[data-record]").First).ToContainTextAsync(firstRecord.GetProperty("name").GetString()!);
        await page.ClickAsync("[data-testid=explain-next]");
        await Assertions.Expect(page.Locator("[data-testid=explain-total]")).ToContainTextAsync("第2/");
        await page.ClickAsync("[data-testid=explain-previous]");
        await Assertions.Expect(page.Locator("[data-testid=explain-total]")).ToContainTextAsync("第1/");
        await ScreenshotAsync(page, "explain");

        // 区县: the same figure side by side with the other districts.
        await OpenAsync(page, "/districts");
        await page.SelectOptionAsync("[data-testid=year]", DemoYear);
        await Assertions.Expect(page.Locator("[data-testid=districts] tr[data-district=wuxing] td.num")).ToHaveTextAsync(ReportNumbers.Amount(Number(wuxing, "value"), "亿元"));
        await ScreenshotAsync(page, "districts");

        // 项目: the funnel's filed count is the city total of the statistics.
        var statistics = await cockpit.ApiAsync($"/api/v1/projects/statistics?year={DemoYear}&by=district");
        await OpenAsync(page, "/projects");
        await page.SelectOptionAsync("[data-testid=year]", DemoYear);
        var filed = statistics.GetProperty("cityTotal").GetProperty("filed").GetProperty("count").GetInt32();
        await Assertions.Expect(page.Locator("[data-testid=funnel-table] tr[data-stage=Filed] td.num").First).ToHaveTextAsync($"{filed}个");
        await Assertions.Expect(page.Locator("[data-testid=statistics-table] tr[data-stage=Filed] td.num").First).ToHaveTextAsync($"{filed}个");
        // Every one of the six stages: the year's filed projects standing at it or beyond, as the search counts them.
        var reached = 0;
        foreach (var (stage, _, _) in ProjectFunnel.Stages.Reverse())
        {
            reached += (await cockpit.ApiAsync($"/api/v1/projects?filedYear={DemoYear}&stage={stage}&pageSize=1")).GetProperty("total").GetInt32();
            await Assertions.Expect(page.Locator($"[data-testid=funnel-table] tr[data-stage={stage}] td.num").First).ToHaveTextAsync($"{reached}个");
        }
        await ScreenshotAsync(page, "projects");

        // 企业: the search's total and the pyramid's cumulative count of a tier.
        var enterprises = await cockpit.ApiAsync("/api/v1/enterprises?pageSize=1");
        var pyramid = await cockpit.ApiAsync($"/api/v1/tiers/pyramid?year={DemoYear}");
        await OpenAsync(page, "/enterprises");
        await Assertions.Expect(page.Locator("[data-testid=search-total]")).ToHaveTextAsync($"共{enterprises.GetProperty("totalCount").GetInt32()}家");
        await page.SelectOptionAsync("[data-testid=year]", DemoYear);
        var tier = pyramid.GetProperty("tiers")[0];
        await Assertions.Expect(page.Locator($"[data-testid=pyramid-table] tr[data-tier={tier.GetProperty("tierCode").GetString()}] [data-testid=cumulative]"))
            .ToHaveTextAsync(tier.GetProperty("cumulative").GetInt32().ToString(CultureInfo.InvariantCulture));
        await ScreenshotAsync(page, "enterprises");

        // 企业页: the latest year's revenue.
        var code = enterprises.GetProperty("items")[0].GetProperty("creditCode").GetString();
        var figures = await cockpit.ApiAsync($"/api/v1/enterprises/{code}/figures");
        await OpenAsync(page, $"/enterprises/{code}");
        if (figures.GetArrayLength() > 0)
        {
            var latest = figures.EnumerateArray().OrderByDescending(f => f.GetProperty("year").GetInt32()).First();
            await Assertions.Expect(page.Locator($"[data-testid=figures] tr[data-year='{latest.GetProperty("year").GetInt32()}'] [data-testid=revenue]"))
                .ToHaveTextAsync(ReportNumbers.Amount(Number(latest, "mainBusinessRevenue"), "万元"));
        }

        await ScreenshotAsync(page, "enterprise");

        // 通报: the bulletin's own text, printable.
        await OpenAsync(page, "/bulletin");
        await page.SelectOptionAsync("[data-testid=year]", DemoYear);
        await Assertions.Expect(page.Locator("[data-testid=bulletin-text]")).ToHaveTextAsync(bulletin.GetProperty("text").GetString()!);
        await ScreenshotAsync(page, "bulletin");

        // English behind the switch.
        await page.ClickAsync("a.lang");
        await Assertions.Expect(page.Locator("nav.menu")).ToContainTextAsync("Overview");
        await page.ClickAsync("a.lang");
        await Assertions.Expect(page.Locator("nav.menu")).ToContainTextAsync("总览");
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Waits until Indicators has counted the registry's records of one figure (its resync at start arrives page by
    /// page), then answers the figure's explanation: the browser and the API must see the same records.
    /// </summary>
    private async Task<System.Text.Json.JsonElement> RegistryCountedAsync(string indicator, string figure)
    {
        var statistics = await cockpit.ApiAsync($"/api/v1/projects/statistics?year={DemoYear}&by=district");
        var expected = statistics.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("code").GetString() == figure).GetProperty("count").GetInt32();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (true)
        {
            var explanation = await cockpit.ApiAsync($"/api/v1/indicators/{indicator}/figures/huzhou/{DemoYear}-12/explain?basis=cumulative&page=1&pageSize=20");
            if (explanation.GetProperty("records").GetProperty("total").GetInt32() == expected || patience.IsCancellationRequested)
            {
                Assert.Equal(expected, explanation.GetProperty("records").GetProperty("total").GetInt32());
                return explanation;
            }

            await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task The_city_proposes_certifies_and_revokes_a_tier_candidate_and_a_district_cannot()
    {
        // An enterprise of Wuxing with no green-factory record this year.
        var year = DateTime.Today.Year;
        var enterprises = await cockpit.ApiAsync("/api/v1/enterprises?district=wuxing&pageSize=50");
        string? code = null;
        foreach (var e in enterprises.GetProperty("items").EnumerateArray())
        {
            var c = e.GetProperty("creditCode").GetString();
            if ((await cockpit.ApiAsync($"/api/v1/tiers/records?creditCode={c}&tier=green-factory&year={year}")).GetArrayLength() == 0)
            {
                code = c;
                break;
            }
        }

        Assert.NotNull(code);
        var page = await cockpit.SignInAsync("city-staff");
        await OpenAsync(page, "/tiers/candidates");
        await page.FillAsync("[data-testid=propose-credit-code]", code);
        await page.DispatchEventAsync("[data-testid=propose-credit-code]", "change"); // InputText binds on change, as leaving the field does
        await page.SelectOptionAsync("[data-testid=propose-tier]", "green-factory");
        await page.ClickAsync("[data-testid=propose]");
        var row = page.Locator($"[data-testid=pool] tr[data-candidate='{code}'][data-tier=green-factory]");
        await Assertions.Expect(row).ToBeVisibleAsync();
        var proposed = await cockpit.ApiAsync($"/api/v1/tiers/candidates?year={year}&tier=green-factory&district=wuxing");
        Assert.Contains(proposed.EnumerateArray(), r => r.GetProperty("creditCode").GetString() == code);
        await ScreenshotAsync(page, "tiers");

        // A district reads the same pool and has nothing to act with.
        var district = await cockpit.SignInAsync("wuxing-staff");
        await OpenAsync(district, "/tiers/candidates");
        await Assertions.Expect(district.Locator($"[data-testid=pool] tr[data-candidate='{code}']")).ToBeVisibleAsync();
        await Assertions.Expect(district.Locator("[data-testid=may-not-certify]")).ToBeVisibleAsync();
        Assert.Equal(0, await district.Locator("[data-testid=certify], [data-testid=propose]").CountAsync());
        await district.Context.CloseAsync();

        await row.Locator("[data-testid=certify]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=done]")).ToContainTextAsync("已认定");
        await Assertions.Expect(row).ToHaveCountAsync(0);
        var records = await cockpit.ApiAsync($"/api/v1/tiers/records?creditCode={code}&tier=green-factory&year={year}");
        Assert.Equal("Certified", records[0].GetProperty("status").GetString());

        // The certification is listed with the year's others, and the city can revoke it, giving its reason.
        await page.SelectOptionAsync("[data-testid=tier]", "green-factory");
        await page.SelectOptionAsync("[data-testid=district]", "wuxing");
        var certified = page.Locator($"[data-testid=certified] tr[data-certified='{code}']");
        await Assertions.Expect(certified).ToBeVisibleAsync();
        // The button is enabled once the circuit has the reason, so the click cannot overtake it.
        await page.FillAsync("[data-testid=revoke-reason]", "浏览器测试：认定后撤销");
        await Assertions.Expect(certified.Locator("[data-testid=revoke]")).ToBeEnabledAsync();
        await certified.Locator("[data-testid=revoke]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=done]")).ToContainTextAsync("已撤销");
        await Assertions.Expect(certified).ToHaveCountAsync(0);
        records = await cockpit.ApiAsync($"/api/v1/tiers/records?creditCode={code}&tier=green-factory&year={year}");
        Assert.Equal("Revoked", records[0].GetProperty("status").GetString());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_city_advances_a_project_stage_from_its_page_and_sees_it_changed()
    {
        var list = await cockpit.ApiAsync("/api/v1/projects/lists/ToStart?from=2020-01-01&to=2030-12-31&district=wuxing&pageSize=1");
        var project = list.GetProperty("items")[0];
        var id = project.GetProperty("id").GetString();
        var page = await cockpit.SignInAsync("city-staff");

        await OpenAsync(page, $"/projects/{id}");
        await Assertions.Expect(page.Locator("h1 [data-testid=stage], p [data-testid=stage]").First).ToHaveTextAsync(ProjectFunnel.StageName(project.GetProperty("stage").GetString(), Zh));
        await page.ClickAsync("[data-testid=advance]");
        await Assertions.Expect(page.Locator("[data-testid=done]")).ToBeVisibleAsync();

        var after = await cockpit.ApiAsync($"/api/v1/projects/{id}");
        Assert.Equal("Started", after.GetProperty("stage").GetString());
        await Assertions.Expect(page.Locator("p [data-testid=stage]")).ToHaveTextAsync("开工");
        await Assertions.Expect(page.Locator("[data-testid=timeline] [data-stage=Started]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("done"));
        await ScreenshotAsync(page, "project");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_district_sends_a_csv_and_a_bad_row_is_refused_by_its_rule()
    {
        var page = await cockpit.SignInAsync("wuxing-staff");
        Assert.Contains("吴兴区", await page.Locator("[data-testid=who]").InnerTextAsync());
        await OpenAsync(page, "/submissions");
        var csv = "indicator_code,region_code,period,basis,value,unit\n"
            + "industrial-value-added,wuxing,2025-01,cumulative,31.5,亿元\n"
            + "industrial-value-added,wuxing,2025-02,cumulative,60.2,万元\n";
        await page.Locator("input[type=file][data-ready]").SetInputFilesAsync(new FilePayload
        {
            Name = "wuxing-2025.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv),
        });
        await Assertions.Expect(page.Locator("[data-testid=rows] tr[data-line]")).ToHaveCountAsync(2);
        await page.ClickAsync("[data-testid=send]");

        await Assertions.Expect(page.Locator("[data-testid=summary]")).ToContainTextAsync("接受 1 行，退回 1 行");
        await Assertions.Expect(page.Locator("tr[data-line='3'] [data-testid=outcome]")).ToContainTextAsync("计量单位与指标不符（unit.mismatch）");
        await ScreenshotAsync(page, "submissions");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_district_reads_another_districts_project_but_cannot_act_on_it()
    {
        var list = await cockpit.ApiAsync("/api/v1/projects/lists/ToStart?from=2020-01-01&to=2030-12-31&district=anji&pageSize=1");
        var id = list.GetProperty("items")[0].GetProperty("id").GetString();
        var page = await cockpit.SignInAsync("wuxing-staff");

        await OpenAsync(page, $"/projects/{id}");
        await Assertions.Expect(page.Locator("[data-testid=not-yours]")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("[data-testid=advance]").CountAsync());
        await page.Context.CloseAsync();

        // And the API says the same to the district's own token: region.not-yours.
        using var wuxing = cockpit.Platform.CreateGatewayClient("district-wuxing");
        var project = await cockpit.ApiAsync($"/api/v1/projects/{id}");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/projects/{id}/advance")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { expectedVersion = project.GetProperty("version").GetInt32(), stage = "Started", reachedOn = DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await wuxing.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(403, (int)response.StatusCode);
        Assert.Contains("region.not-yours", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
