using System.Globalization;
using System.Text.Json.Nodes;
using Grpc.Core;
using IndustryPlatform.Contracts.Indicators.V1;
using IndustryPlatform.Testing;
using static IndustryPlatform.EndToEnd.Tests.CountedFigureRequests;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>
/// One source of truth, through the gateway: the project and tier figures of the 2024 report are counted by Indicators
/// from the registries' records, agree with the registries' own statistics, follow every change of a record, and can
/// be explained down to the records (or components, or submissions) they were made from.
/// </summary>
/// <remarks>
/// Other tests of this assembly register projects on the same platform, some filed or started in 2024: the report's
/// number is therefore checked on the demo records the figure counted, and the figure on all of them. The scenarios
/// that change records work in years nothing else reads (2017–2019).
/// </remarks>
public sealed class CountedFiguresThroughGateway(PlatformFixture platform)
{
    /// <summary>Every derived indicator of the catalogue, with the report's figure (docs/counting.md) and where the registry counts the same.</summary>
    public static TheoryData<string, string, string, string?> ReportFigures => new()
    {
        { "major-projects-filed", "2024", "207", "statistics:major-filed-newly-introduced" },
        { "major-chain-projects-filed", "2024", "161", "statistics:eight-chains-major-filed-newly-introduced" },
        { "nev-chain-major-projects-filed", "2024", "35", "search:chain=nev&origin=NewlyIntroduced&isMajor=true&filedYear=2024" },
        { "logistics-chain-major-projects-filed", "2024", "22", "search:chain=smart-logistics&origin=NewlyIntroduced&isMajor=true&filedYear=2024" },
        { "major-projects-started", "2024", "215", "statistics:major-started" },
        { "major-projects-completed", "2024", "145", "statistics:major-completed" },
        { "provincial-major-list-projects", "2024", "94", "statistics:provincial-planned-to-start" },
        { "provincial-major-list-projects-started", "2024", "94", "statistics:provincial-started" },
        { "land-renewal-projects", "2024", "132", "statistics:land-renewal-filed" },
        { "land-renewal-investment", "2024", "204.1", "investment:land-renewal-filed" },
        { "upgrade-projects", "2024", "407", "statistics:technical-upgrade-filed" },
        { "upgrade-projects-investment", "2024", "225.7", "investment:technical-upgrade-filed" },
        { "digital-core-major-projects-started", "2024", "81", "statistics:digital-economy-core-started" },
        { "digital-core-major-projects-investment", "2024", "579.6", "investment:digital-economy-core-started" },
        // 新认定2023年度"金象金牛"企业35家: the 2024 report's figure is of the 2023 records.
        { "new-golden-elephant-bull", "2023", "35", "tiers:golden-elephant,golden-bull" },
        { "new-eagle-enterprises", "2024", "3", "tiers:eagle" },
        { "eagle-enterprises-total", "2024", "7", null },
        { "new-single-champions", "2024", "2", "tiers:single-champion" },
        { "new-provincial-tech-centres", "2024", "17", "tiers:provincial-tech-centre" },
        { "new-5g-factories", "2024", "3", "tiers:5g-factory" },
        { "new-provincial-future-factories", "2024", "3", "tiers:future-factory" },
        { "new-listed-enterprises", "2024", "6", null },
        { "listed-enterprises-total", "2024", "62", null },
    };

    /// <summary>A candidacy lapses three years after its year, so a tier record is made for last year (the report's is 2024, this year's the tier ladder's).</summary>
    private static readonly string TierYear = (DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year - 1).ToString(CultureInfo.InvariantCulture);

    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_derived_indicator_of_the_catalogue_is_in_the_report_table()
    {
        using var gateway = platform.CreateGatewayClient();
        var indicators = await gateway.GetAsync("/api/v1/indicators", _cancellation);
        var derived = JsonNode.Parse(await indicators.Content.ReadAsStringAsync(_cancellation))!.AsArray()
            .Where(i => i!["derived"] is JsonObject).Select(i => (string)i!["code"]!).Order().ToList();

        Assert.Equal(ReportFigures.Select(r => (string)r.Data.Item1).Order(), derived);
    }

    [Theory]
    [MemberData(nameof(ReportFigures))]
    public async Task The_city_figure_is_the_registry_s_count_and_the_report_s_number(string indicator, string period, string report, string? registry)
    {
        using var gateway = platform.CreateGatewayClient();
        var expected = decimal.Parse(report, CultureInfo.InvariantCulture);
        var sumsInvestment = indicator.EndsWith("-investment", StringComparison.Ordinal);

        // Indicators resyncs its facts at start, and other tests add records: ask until everything agrees.
        await EventuallyAsync(async () =>
        {
            var counted = await RegistryCountAsync(gateway, registry, sumsInvestment);
            var figure = await gateway.FigureAsync(indicator, period);
            var explanation = await gateway.ExplainAsync(indicator, period);
            if (figure is not { } value || explanation is null)
            {
                return $"no figure of {indicator} for {period} yet";
            }

            var records = explanation.Records();
            var demo = records.Where(r => (bool)r["isDemo"]!).ToList();
            var total = (int)explanation["records"]!["total"]!;
            var explained = sumsInvestment ? records.Sum(Amount) : total;
            var demoPart = sumsInvestment ? demo.Sum(Amount) : demo.Count;
            if (total > records.Count)
            {
                return $"{total} records, more than one page";
            }

            if (Round(explained) != Round(value))
            {
                return $"figure {value}, its records make {explained}";
            }

            if (Round(demoPart) != expected)
            {
                return $"figure {value}, of which demo records {demoPart}, the report {expected}";
            }

            return counted is { } c && Round(c) != Round(value) ? $"figure {value}, registry {c} ({registry})" : null;
        });
    }

    [Fact]
    public async Task Re_planning_and_withdrawing_a_project_and_revoking_a_tier_record_move_the_figures_and_their_explanations()
    {
        using var gateway = platform.CreateGatewayClient();
        const string listed = "provincial-major-list-projects";
        const string factories = "new-5g-factories";
        var before2019 = await gateway.FigureAsync(listed, "2019") ?? 0;
        var before2020 = await gateway.FigureAsync(listed, "2020") ?? 0;
        var factoriesBefore = await gateway.FigureAsync(factories, TierYear) ?? 0;

        var (code, id) = await gateway.RegisterProjectAsync(new DateOnly(2019, 2, 1), 5m, isProvincialMajor: true);
        await gateway.CertifyTierAsync(code, "5g-factory", int.Parse(TierYear, CultureInfo.InvariantCulture));
        await EventuallyAsync(async () => await CountsAsync(gateway, listed, "2019", id, before2019 + 1, named: 1));
        await EventuallyAsync(async () => await CountsAsync(gateway, factories, TierYear, code, factoriesBefore + 1, named: 1));

        // 开工顺延 into 2020: the provincial list counts a project in the year it is planned to start.
        var version = await gateway.ChangeProjectAsync(id, "replan", new { expectedVersion = 1, stage = "Started", plannedOn = "2020-03-01", reason = "用地报批延后，开工顺延" });
        await EventuallyAsync(async () => await CountsAsync(gateway, listed, "2019", id, before2019, named: 0));
        await EventuallyAsync(async () => await CountsAsync(gateway, listed, "2020", id, before2020 + 1, named: 1));

        await gateway.ChangeProjectAsync(id, "withdraw", new { expectedVersion = version, reason = "企业战略调整，项目退库" });
        await gateway.RevokeTierAsync(code, "5g-factory", int.Parse(TierYear, CultureInfo.InvariantCulture));
        await EventuallyAsync(async () => await CountsAsync(gateway, listed, "2020", id, before2020, named: 0));
        await EventuallyAsync(async () => await CountsAsync(gateway, factories, TierYear, code, factoriesBefore, named: 0));
    }

    [Fact]
    public async Task A_project_advanced_several_times_at_once_is_counted_once_in_each_figure_as_of_its_last_version()
    {
        using var gateway = platform.CreateGatewayClient();
        var before = new Dictionary<string, decimal>();
        foreach (var indicator in new[] { "major-projects-filed", "major-projects-started", "major-projects-completed" })
        {
            before[indicator] = await gateway.FigureAsync(indicator, "2017") ?? 0;
        }

        var (_, id) = await gateway.RegisterProjectAsync(new DateOnly(2017, 1, 10), 6m);
        var version = 1;
        foreach (var (stage, date) in new[] { ("Started", "2017-02-01"), ("Completed", "2017-10-01"), ("InProduction", "2017-12-01") })
        {
            version = await gateway.ChangeProjectAsync(id, "advance", new { expectedVersion = version, stage, reachedOn = date });
        }

        foreach (var (indicator, was) in before)
        {
            await EventuallyAsync(async () => await CountsAsync(gateway, indicator, "2017", id, was + 1, named: 1));
        }

        // Withdrawn at once after: the last version wins, whichever event arrives last.
        await gateway.ChangeProjectAsync(id, "withdraw", new { expectedVersion = version, reason = "重复录入，退库" });
        foreach (var (indicator, was) in before)
        {
            await EventuallyAsync(async () => await CountsAsync(gateway, indicator, "2017", id, was, named: 0));
        }
    }

    [Fact]
    public async Task A_derived_figure_is_explained_by_its_records_over_REST_and_gRPC()
    {
        using var gateway = platform.CreateGatewayClient();
        await DemoWorldCountedAsync(gateway);

        // Other tests may start a 2024 project between the two looks: compare the two answers until they are of one moment.
        var grpc = new IndicatorFigures.IndicatorFiguresClient(platform.CreateGatewayGrpcChannel());
        JsonObject rest = null!;
        FigureExplanation overGrpc = null!;
        await EventuallyAsync(async () =>
        {
            rest = (await gateway.ExplainAsync("major-projects-started", "2024"))!;
            overGrpc = await grpc.ExplainFigureAsync(new ExplainFigureRequest
            {
                IndicatorCode = "major-projects-started", RegionCode = City, Period = "2024", PageSize = 500,
            }, cancellationToken: _cancellation);
            var overRest = rest.Records().Select(r => (string)r["recordId"]!).Order().ToList();
            return overRest.SequenceEqual(overGrpc.Records.Select(r => r.RecordId).Order())
                ? null
                : $"REST names {overRest.Count} records, gRPC {overGrpc.Records.Count}";
        });

        Assert.Equal("Derived", (string?)rest["source"]);
        Assert.Equal("started", ((string?)rest["derived"]!["countedOn"])?.ToLowerInvariant());
        var records = rest.Records();
        Assert.Equal((int)rest["records"]!["total"]!, records.Count);
        Assert.All(records, r =>
        {
            Assert.True(Guid.TryParse((string?)r["recordId"], out _), $"not a project id: {r["recordId"]}");
            Assert.StartsWith("2024-", (string?)r["countedOn"]);
        });

        Assert.Equal("Derived", overGrpc.Source);
        Assert.Contains("countedOn", overGrpc.Derived, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_recomputed_figure_is_explained_by_its_components_per_district_over_REST_and_gRPC()
    {
        using var gateway = platform.CreateGatewayClient();
        const string share = "major-chain-projects-share";
        await EventuallyAsync(async () => await gateway.FigureAsync(share, "2024") is { } v && v > 0 ? null : "no share yet");

        var rest = (await gateway.ExplainAsync(share, "2024"))!;
        Assert.Equal("Recomputed", (string?)rest["source"]);
        var components = rest["components"]!.AsArray();
        var parts = components.Select(c => ((string)c!["indicatorCode"]!, (string)c["regionCode"]!)).ToHashSet();
        foreach (var region in new[] { City, "wuxing", "nanxun", "deqing", "changxing", "anji", "nantaihu" })
        {
            Assert.Contains(("major-chain-projects-filed", region), parts);
            Assert.Contains(("major-projects-filed", region), parts);
        }

        Assert.All(components, c => Assert.Equal("Derived", (string?)c!["source"]));
        var city = components.ToDictionary(c => ((string)c!["indicatorCode"]!, (string)c["regionCode"]!), c => (decimal?)c!["value"]);
        Assert.Equal(Round((decimal)rest["value"]!), Round(100m * city[("major-chain-projects-filed", City)]!.Value / city[("major-projects-filed", City)]!.Value));

        var grpc = new IndicatorFigures.IndicatorFiguresClient(platform.CreateGatewayGrpcChannel());
        var overGrpc = await grpc.ExplainFigureAsync(new ExplainFigureRequest { IndicatorCode = share, RegionCode = City, Period = "2024" }, cancellationToken: _cancellation);
        Assert.Equal("Recomputed", overGrpc.Source);
        Assert.Equal(parts, overGrpc.Components.Select(c => (c.IndicatorCode, c.RegionCode)).ToHashSet());
        Assert.Empty(overGrpc.Records);
    }

    [Fact]
    public async Task A_reported_figure_is_explained_by_its_vintages_over_REST_and_gRPC()
    {
        using var gateway = platform.CreateGatewayClient();

        var rest = (await gateway.ExplainAsync("industrial-value-added", "2024-12", "wuxing"))!;
        Assert.Equal("Reported", (string?)rest["source"]);
        var vintages = rest["vintages"]!.AsArray();
        Assert.NotEmpty(vintages);
        Assert.All(vintages, v => Assert.False(string.IsNullOrWhiteSpace((string?)v!["submittedBy"])));
        Assert.Contains(vintages, v => (decimal)v!["value"]! == (decimal)rest["value"]!);

        var grpc = new IndicatorFigures.IndicatorFiguresClient(platform.CreateGatewayGrpcChannel());
        var overGrpc = await grpc.ExplainFigureAsync(new ExplainFigureRequest
        {
            IndicatorCode = "industrial-value-added", RegionCode = "wuxing", Period = "2024-12",
        }, cancellationToken: _cancellation);
        Assert.Equal("Reported", overGrpc.Source);
        Assert.Equal(vintages.Select(v => ((int)v!["vintage"]!, (string)v["submittedBy"]!)),
            overGrpc.Vintages.Select(v => (v.Vintage_, v.SubmittedBy)));

        var missing = await Assert.ThrowsAsync<RpcException>(async () => await grpc.ExplainFigureAsync(
            new ExplainFigureRequest { IndicatorCode = "industrial-value-added", RegionCode = "wuxing", Period = "1999-12" }, cancellationToken: _cancellation));
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_2024_bulletin_s_project_and_tier_sentences_are_written_from_derived_figures()
    {
        using var gateway = platform.CreateGatewayClient();
        await DemoWorldCountedAsync(gateway);

        var bulletin = await gateway.GetJsonAsync("/api/v1/bulletin?region=huzhou&period=2024");
        var items = bulletin["items"]!.AsArray().ToDictionary(i => (string)i!["summary"]!["indicatorCode"]!, i => i!);
        var derived = ReportFigures.Select(r => (string)r.Data.Item1).Where(items.ContainsKey).ToList();

        foreach (var code in new[] { "major-projects-started", "major-projects-completed", "major-chain-projects-filed", "upgrade-projects", "new-eagle-enterprises" })
        {
            Assert.Contains(code, derived);
        }

        Assert.All(derived, code => Assert.True((string?)items[code]["source"] == "Derived", $"{code}: {items[code]["source"]}"));
        Assert.Equal("Recomputed", (string?)items["major-chain-projects-share"]["source"]);

        // Other tests may have added a 2024 project since the stack started: each sentence says its card's value, and
        // of the records behind it the demo world's are the report's number.
        var text = (string)bulletin["text"]!;
        foreach (var code in derived)
        {
            Assert.Contains(Sentence(items, code), text);
        }

        foreach (var (code, report, unit) in new[]
        {
            ("major-projects-started", 215m, "个"), ("major-projects-completed", 145m, "个"), ("major-chain-projects-filed", 161m, "个"),
            ("major-projects-filed", 207m, "个"), ("upgrade-projects", 407m, "个"), ("land-renewal-projects", 132m, "个"),
            ("new-eagle-enterprises", 3m, "家"), ("new-provincial-tech-centres", 17m, "家"), ("listed-enterprises-total", 62m, "家"),
        })
        {
            var value = (decimal)items[code]["summary"]!["value"]!;
            Assert.Contains($"{value.ToString("0.#", CultureInfo.InvariantCulture)}{unit}", Sentence(items, code));
            var demo = (await gateway.ExplainAsync(code, "2024")).Records().Count(r => (bool)r["isDemo"]!);
            Assert.Equal(report, demo);
        }

        var chain = (decimal)items["major-chain-projects-filed"]["summary"]!["value"]!;
        var all = (decimal)items["major-projects-filed"]["summary"]!["value"]!;
        var share = Math.Round(100m * chain / all, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);
        Assert.Contains($"{share}%", Sentence(items, "major-chain-projects-share"));
        if ((chain, all) == (161m, 207m))
        {
            Assert.Contains("77.8%", Sentence(items, "major-chain-projects-share"));
        }

        // 新认定2023年度"金象金牛"企业35家: the 2023 figure, in the 2023 bulletin.
        var bulletin2023 = await gateway.GetJsonAsync("/api/v1/bulletin?region=huzhou&period=2023");
        var golden = bulletin2023["items"]!.AsArray().Single(i => (string?)i!["summary"]!["indicatorCode"] == "new-golden-elephant-bull")!;
        Assert.Equal("Derived", (string?)golden["source"]);
        Assert.Contains("35家", (string?)golden["sentence"]);
    }

    /// <summary>
    /// Waits until Indicators has counted every record of the demo world: its resync at start arrives page by page,
    /// projects and tier records from two registries, so one figure being whole says nothing of the others.
    /// </summary>
    private static async Task DemoWorldCountedAsync(HttpClient gateway)
    {
        foreach (var row in ReportFigures)
        {
            var (indicator, period, report) = ((string)row.Data.Item1, (string)row.Data.Item2, decimal.Parse((string)row.Data.Item3, CultureInfo.InvariantCulture));
            var sumsInvestment = indicator.EndsWith("-investment", StringComparison.Ordinal);
            await EventuallyAsync(async () =>
            {
                var demo = (await gateway.ExplainAsync(indicator, period)).Records().Where(r => (bool)r["isDemo"]!).ToList();
                var part = sumsInvestment ? demo.Sum(Amount) : demo.Count;
                return Round(part) == report ? null : $"{indicator} {period}: demo records make {part}, the report {report}";
            }, TimeSpan.FromSeconds(120));
        }
    }

    private static string Sentence(Dictionary<string, JsonNode> items, string code) => (string)items[code]["sentence"]!;

    /// <summary>Null when the figure is <paramref name="expected"/> and its explanation names <paramref name="id"/> <paramref name="named"/> times; else what differs.</summary>
    private static async Task<string?> CountsAsync(HttpClient gateway, string indicator, string period, string id, decimal expected, int named)
    {
        var figure = await gateway.FigureAsync(indicator, period) ?? 0;
        var explanation = await gateway.ExplainAsync(indicator, period);
        var naming = explanation.Naming(id);
        var total = (int?)explanation?["records"]?["total"] ?? 0;
        return figure == expected && naming == named && total == figure
            ? null
            : $"{indicator} {period}: figure {figure} (expected {expected}), {total} records, naming {id} {naming} times (expected {named})";
    }

    /// <summary>The registry's own count (or 亿元) for a figure: Projects' statistics or search, or Enterprises' tier records.</summary>
    private static async Task<decimal?> RegistryCountAsync(HttpClient gateway, string? registry, bool investment)
    {
        if (registry is null)
        {
            return null;
        }

        var (kind, what) = (registry[..registry.IndexOf(':')], registry[(registry.IndexOf(':') + 1)..]);
        switch (kind)
        {
            case "statistics" or "investment":
                var statistics = await gateway.GetJsonAsync("/api/v1/projects/statistics?year=2024&by=chain");
                var figure = statistics["figures"]!.AsArray().Single(f => (string?)f!["code"] == what)!;
                return investment ? (decimal)figure["investmentYi"]! : (int)figure["count"]!;
            case "search":
                return (int)(await gateway.GetJsonAsync($"/api/v1/projects?{what}&pageSize=1"))["total"]!;
            default:
                var count = 0;
                foreach (var tier in what.Split(','))
                {
                    var year = tier == "golden-elephant" || tier == "golden-bull" ? 2023 : 2024;
                    using var response = await gateway.GetAsync($"/api/v1/tiers/records?year={year}&tier={tier}", TestContext.Current.CancellationToken);
                    response.EnsureSuccessStatusCode();
                    count += (await response.ReadJsonArrayAsync()).Count(r => (string?)r!["status"] is "Certified" or "Expired");
                }

                return count;
        }
    }

    private static decimal Amount(JsonNode record) => (decimal?)record["amount"] ?? 0m;

    private static decimal Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
