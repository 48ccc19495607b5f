using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IndustryPlatform.Testing;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>
/// What a careless or hostile district system may send through the gateway — broken JSON, wrong types, huge numbers, SQL
/// and script fragments, unicode edge cases, path traversal in ids — is answered with a 4xx problem that gives nothing
/// away, and changes nothing that is stored. Runs alone, so the counts it compares are not moved by other tests.
/// </summary>
[Collection(nameof(HostileInputThroughGateway))]
public sealed class HostileInputThroughGateway(PlatformFixture platform)
{
    private const string Wuxing = "district-wuxing";
    private const string Sql = "'; DROP TABLE enterprises; --";
    private const string SqlOr = "1 OR 1=1";
    private const string SqlLike = "%' --";
    private const string Script = "<script>alert(1)</script>";
    private const string JavaScriptUrl = "javascript:alert(1)";
    private const string RtlOverride = "wu\u202Exing";
    private const string ZeroWidthJoiner = "wu\u200Dxing";
    private const string Emoji = "2025-0\U0001F600";
    private const string Combining = "wu\u0301xing";
    private const string LoneSurrogate = "\"\\ud800\"";
    private const string Nul = "\"wuxing\\u0000\"";
    private const string EnterpriseMarker = "{enterprise}";
    private const string ProjectMarker = "{project}";

    private static readonly string Long = new('x', 100_000);
    private static readonly string LongId = new('9', 10_000);
    private static readonly string DeepNesting = new string('[', 10_000) + new string(']', 10_000);

    private static readonly SemaphoreSlim TargetsLock = new(1, 1);
    private static (string CreditCode, string ProjectId)? _targets;

    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    private enum Expect
    {
        /// <summary>A 4xx, nothing else.</summary>
        Refused,

        /// <summary>A 4xx, or a 200 whose every hit really matches the filter (the fragment is data, not query).</summary>
        RefusedOrOnlyTrueMatches,

        /// <summary>A 4xx, or a 200 batch answer in which every row is refused (batches answer per row, by design).</summary>
        RefusedOrEveryRowRejected,
    }

    private sealed record HostileRequest(string Client, HttpMethod Method, string Path, string? Body, string ContentType, Expect Expect, string? Fragment = null)
    {
        public bool IsWrite => Method != HttpMethod.Get;
    }

    private static readonly IReadOnlyDictionary<string, HostileRequest> Cases = BuildCases();

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    public static TheoryData<string> WriteCaseNames => new(Cases.Where(c => c.Value.IsWrite).Select(c => c.Key));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task A_hostile_request_is_a_4xx_problem_that_gives_nothing_away(string name)
    {
        var hostile = Cases[name];
        var targets = await TargetsAsync();

        using var response = await SendAsync(hostile, targets);
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(_cancellation);
        var said = $"{hostile.Method} {Shorten(hostile.Path)} → {status} {Shorten(text)}";

        Assert.False(status >= 500, $"A server error: {said}");
        NothingLeaks(text, said);
        if (status is >= 400 and < 500)
        {
            if (text.Length > 0)
            {
                Assert.True("application/problem+json" == response.Content.Headers.ContentType?.MediaType,
                    $"Not a problem ({response.Content.Headers.ContentType}): {said}");
                Assert.NotNull(JsonNode.Parse(text)?["status"]);
            }

            return;
        }

        Assert.True(status == 200 && hostile.Expect != Expect.Refused, $"Expected a 4xx: {said}");
        var body = JsonNode.Parse(text)!.AsObject();
        if (hostile.Expect == Expect.RefusedOrEveryRowRejected)
        {
            Assert.True((int)body["accepted"]! == 0 && (int)body["needsConfirmation"]! == 0, $"A hostile row was taken: {said}");
        }
        else if (body["items"] is JsonArray items)
        {
            // A fragment taken as SQL or as a LIKE pattern would match rows that do not contain it.
            Assert.All(items, item => Assert.True(
                $"{item!["nameZh"]}|{item["nameEn"]}".Contains(hostile.Fragment ?? "\0", StringComparison.OrdinalIgnoreCase),
                $"Matched a record not containing the fragment: {said}"));
        }
    }

    [Theory]
    [MemberData(nameof(WriteCaseNames))]
    public async Task A_hostile_write_changes_nothing_stored(string name)
    {
        var targets = await TargetsAsync();
        var before = await SnapshotAsync(targets);

        using (await SendAsync(Cases[name], targets))
        {
        }

        Assert.Equal(before, await SnapshotAsync(targets));
    }

    [Fact]
    public async Task The_whole_hostile_write_set_leaves_every_count_as_it_was()
    {
        var targets = await TargetsAsync();
        var before = await SnapshotAsync(targets);

        var serverErrors = new List<string>();
        foreach (var (name, hostile) in Cases.Where(c => c.Value.IsWrite))
        {
            using var response = await SendAsync(hostile, targets);
            if ((int)response.StatusCode >= 500)
            {
                serverErrors.Add($"{name} → {(int)response.StatusCode}");
            }
        }

        var after = await SnapshotAsync(targets);
        Assert.Equal(before, after);
        Assert.Empty(serverErrors);
    }

    [Fact]
    public async Task A_name_that_merely_looks_hostile_is_stored_and_read_back_verbatim()
    {
        using var city = platform.CreateGatewayClient();
        var code = TestCreditCodes.NewValid();
        const string nameZh = "湖州" + Sql + "\U0001F680智造有限公司";

        using var registered = await city.RegisterAsync(new
        {
            creditCode = code, nameZh, districtCode = "wuxing", industryCode = "C3841", chainCode = "nev", foundedOn = "2015-06-18",
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);

        using var read = await city.GetAsync($"/api/v1/enterprises/{code}", _cancellation);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var stored = (string)(await read.ReadJsonAsync())["nameZh"]!;
        Assert.Equal(Encoding.UTF8.GetBytes(nameZh), Encoding.UTF8.GetBytes(stored));

        using var found = await city.GetAsync($"/api/v1/enterprises?name={Uri.EscapeDataString(Sql)}&pageSize=200", _cancellation);
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var items = (await found.ReadJsonAsync())["items"]!.AsArray();
        Assert.Contains(items, i => (string?)i!["creditCode"] == code);
        Assert.All(items, i => Assert.Contains(Sql, (string?)i!["nameZh"]));

        // The table the name talks about is still there.
        using var all = await city.GetAsync("/api/v1/enterprises?pageSize=1", _cancellation);
        Assert.True((int)(await all.ReadJsonAsync())["totalCount"]! > 1);
    }

    private static Dictionary<string, HostileRequest> BuildCases()
    {
        var cases = new Dictionary<string, HostileRequest>(StringComparer.Ordinal);
        const string json = "application/json";

        void Add(string name, HostileRequest request) => cases.Add(name, request);

        // --- Enterprises: POST /api/v1/enterprises (a fresh valid code each time, so only the hostile part can refuse it).
        void Registration(string name, string? body, string client = PlatformFixture.CityBureau) =>
            Add($"register: {name}", new(client, HttpMethod.Post, "/api/v1/enterprises", body, json, Expect.Refused));
        string RegistrationWith(string field, string raw) => WithRaw(RegistrationBase(), field, raw);

        Registration("truncated JSON", "{\"creditCode\": \"9133");
        Registration("trailing garbage", RegistrationBase().ToJsonString() + "}garbage");
        Registration("bare array", "[" + RegistrationBase().ToJsonString() + "]");
        Registration("null", "null");
        Registration("empty body", "");
        Registration("10,000 levels deep", DeepNesting);
        Registration("10,000 levels deep in a field", RegistrationWith("nameZh", DeepNesting));
        Registration("10,000 levels deep, district", DeepNesting, Wuxing);
        Registration("number where string", RegistrationWith("creditCode", "91330500123456789"));
        Registration("object where string", RegistrationWith("nameZh", "{\"zh\":\"湖州\"}"));
        Registration("number where date", RegistrationWith("foundedOn", "20150618"));
        Registration("empty strings", "{\"creditCode\":\"\",\"nameZh\":\"\",\"districtCode\":\"\",\"industryCode\":\"\",\"chainCode\":\"\",\"foundedOn\":\"\"}");
        Registration("whitespace strings", "{\"creditCode\":\"  \",\"nameZh\":\" \\t \",\"districtCode\":\" \",\"industryCode\":\"\\n\",\"chainCode\":\" \",\"foundedOn\":\" \"}");
        Registration("SQL in creditCode", RegistrationWith("creditCode", Str(Sql)));
        Registration("SQL OR in creditCode", RegistrationWith("creditCode", Str(SqlOr)));
        Registration("SQL LIKE in districtCode", RegistrationWith("districtCode", Str(SqlLike)));
        Registration("script in districtCode", RegistrationWith("districtCode", Str(Script)));
        Registration("script in industryCode", RegistrationWith("industryCode", Str(Script)));
        Registration("javascript: in chainCode", RegistrationWith("chainCode", Str(JavaScriptUrl)));
        Registration("SQL in foundedOn", RegistrationWith("foundedOn", Str(Sql)));
        Registration("RTL override in districtCode", RegistrationWith("districtCode", Str(RtlOverride)));
        Registration("zero-width joiner in districtCode", RegistrationWith("districtCode", Str(ZeroWidthJoiner)));
        Registration("combining character in districtCode", RegistrationWith("districtCode", Str(Combining)));
        Registration("emoji in foundedOn", RegistrationWith("foundedOn", Str("2015-06-1\U0001F600")));
        Registration("lone surrogate in nameZh", RegistrationWith("nameZh", LoneSurrogate));
        Registration("lone surrogate districtCode, district", RegistrationWith("districtCode", LoneSurrogate), Wuxing);
        Registration("NUL in nameZh", RegistrationWith("nameZh", "\"湖州\\u0000公司\""));
        Registration("NUL in districtCode", RegistrationWith("districtCode", Nul));
        Registration("100,000-character nameZh", RegistrationWith("nameZh", Str(Long)));
        Registration("100,000-character creditCode", RegistrationWith("creditCode", Str(Long)));

        // --- Enterprises: PUT /api/v1/enterprises/{code}/figures/{year} of an existing enterprise.
        void Figures(string name, string path, string? body) =>
            Add($"figures: {name}", new(PlatformFixture.CityBureau, HttpMethod.Put, path, body, json, Expect.Refused));
        var figuresPath = $"/api/v1/enterprises/{EnterpriseMarker}/figures/2023";
        string FiguresWith(string field, string raw) => WithRaw(FiguresBase(), field, raw);

        Figures("truncated JSON", figuresPath, "{\"mainBusinessRevenue\": 80");
        Figures("trailing garbage", figuresPath, FiguresBase().ToJsonString() + ",{}");
        Figures("bare array", figuresPath, "[1,2,3]");
        Figures("null", figuresPath, "null");
        Figures("10,000 levels deep", figuresPath, DeepNesting);
        Figures("string where number", figuresPath, FiguresWith("mainBusinessRevenue", "\"eight thousand\""));
        Figures("object where number", figuresPath, FiguresWith("employees", "{\"count\":120}"));
        Figures("1e309", figuresPath, FiguresWith("mainBusinessRevenue", "1e309"));
        Figures("29 nines", figuresPath, FiguresWith("valueAdded", "99999999999999999999999999999"));
        Figures("NaN as string", figuresPath, FiguresWith("energyTce", "\"NaN\""));
        Figures("Infinity as string", figuresPath, FiguresWith("landMu", "\"Infinity\""));
        Figures("employees beyond int", figuresPath, FiguresWith("employees", "99999999999999999999999999999"));
        Figures("empty string where number", figuresPath, FiguresWith("rdSpend", "\"\""));
        Figures("year -0", $"/api/v1/enterprises/{EnterpriseMarker}/figures/-0", FiguresBase().ToJsonString());
        Figures("year 1e309", $"/api/v1/enterprises/{EnterpriseMarker}/figures/1e309", FiguresBase().ToJsonString());
        Figures("year beyond int", $"/api/v1/enterprises/{EnterpriseMarker}/figures/99999999999999999999", FiguresBase().ToJsonString());
        Figures("SQL in credit code", $"/api/v1/enterprises/{Uri.EscapeDataString(Sql)}/figures/2023", FiguresBase().ToJsonString());
        Figures("SQL OR in credit code", $"/api/v1/enterprises/{Uri.EscapeDataString(SqlOr)}/figures/2023", FiguresBase().ToJsonString());
        Figures("script in credit code", $"/api/v1/enterprises/{Uri.EscapeDataString(Script)}/figures/2023", FiguresBase().ToJsonString());
        Figures("path traversal", "/api/v1/enterprises/../../etc/passwd/figures/2023", FiguresBase().ToJsonString());
        Figures("encoded path traversal", "/api/v1/enterprises/..%2F..%2Fetc%2Fpasswd/figures/2023", FiguresBase().ToJsonString());
        Figures("encoded NUL in credit code", $"/api/v1/enterprises/{EnterpriseMarker}%00/figures/2023", FiguresBase().ToJsonString());
        Figures("encoded dots as credit code", "/api/v1/enterprises/%2e%2e/figures/2023", FiguresBase().ToJsonString());
        Figures("10,000-character credit code", $"/api/v1/enterprises/{LongId}/figures/2023", FiguresBase().ToJsonString());
        Figures("RTL override in credit code", $"/api/v1/enterprises/{Uri.EscapeDataString("\u202E" + "91330500")}/figures/2023", FiguresBase().ToJsonString());

        // --- Projects: POST /api/v1/projects for the existing enterprise.
        void Project(string name, string? body) =>
            Add($"project: {name}", new(PlatformFixture.CityBureau, HttpMethod.Post, "/api/v1/projects", body, json, Expect.Refused));
        string ProjectWith(string field, string raw) => WithRaw(ProjectBase(), field, raw);

        Project("truncated JSON", "{\"name\": \"年产");
        Project("trailing garbage", ProjectBase().ToJsonString() + "]");
        Project("bare array", "[]");
        Project("null", "null");
        Project("10,000 levels deep", DeepNesting);
        Project("string where number", ProjectWith("totalInvestmentYi", "\"eight point five\""));
        Project("object where string", ProjectWith("name", "{\"$ne\":null}"));
        Project("number where date", ProjectWith("filedOn", "20240115"));
        Project("number where bool", ProjectWith("isProvincialMajor", "\"yes\""));
        Project("1e309", ProjectWith("totalInvestmentYi", "1e309"));
        Project("29 nines", ProjectWith("totalInvestmentYi", "99999999999999999999999999999"));
        Project("-0 investment", ProjectWith("totalInvestmentYi", "-0"));
        Project("1e9 investment, beyond numeric(12,4)", ProjectWith("totalInvestmentYi", "1e9"));
        Project("duplicate key", ProjectBase().ToJsonString().TrimEnd('}') + ",\"districtCode\":\"anji\"}");
        Project("investment finer than 4 places", ProjectWith("totalInvestmentYi", "8.00001"));
        Project("share finer than 2 places", ProjectWith("equipmentInvestmentShare", "40.001"));
        Project("NaN as string", ProjectWith("equipmentInvestmentShare", "\"NaN\""));
        Project("empty name", ProjectWith("name", "\"\""));
        Project("whitespace name", ProjectWith("name", "\"   \""));
        Project("SQL in enterpriseCreditCode", ProjectWith("enterpriseCreditCode", Str(Sql)));
        Project("SQL OR in districtCode", ProjectWith("districtCode", Str(SqlOr)));
        Project("SQL LIKE in chainCode", ProjectWith("chainCode", Str(SqlLike)));
        Project("script in kind", ProjectWith("kind", Str(Script)));
        Project("javascript: in districtCode", ProjectWith("districtCode", Str(JavaScriptUrl)));
        Project("SQL in plannedStartOn", ProjectWith("plannedStartOn", Str(Sql)));
        Project("RTL override in chainCode", ProjectWith("chainCode", Str("n\u202Eev")));
        Project("zero-width joiner in kind", ProjectWith("kind", Str("New\u200DManufacturing")));
        Project("emoji in filedOn", ProjectWith("filedOn", Str("2024-01-1\U0001F600")));
        Project("combining character in districtCode", ProjectWith("districtCode", Str(Combining)));
        Project("lone surrogate in name", ProjectWith("name", LoneSurrogate));
        Project("NUL in name", ProjectWith("name", "\"年产\\u0000项目\""));
        Project("NUL in districtCode", ProjectWith("districtCode", Nul));
        Project("100,000-character name", ProjectWith("name", Str(Long)));

        // --- Projects: POST /api/v1/projects/{id}/advance of an existing project, or of an odd id.
        void Advance(string name, string id, string? body) =>
            Add($"advance: {name}", new(PlatformFixture.CityBureau, HttpMethod.Post, $"/api/v1/projects/{id}/advance", body, json, Expect.Refused));
        string AdvanceWith(string field, string raw) => WithRaw(AdvanceBase(), field, raw);

        Advance("truncated JSON", ProjectMarker, "{\"expectedVersion\": 1, \"stage\": \"Sta");
        Advance("trailing garbage", ProjectMarker, AdvanceBase().ToJsonString() + "garbage");
        Advance("bare array", ProjectMarker, "[{\"stage\":\"Started\"}]");
        Advance("null", ProjectMarker, "null");
        Advance("10,000 levels deep", ProjectMarker, DeepNesting);
        Advance("string where number", ProjectMarker, AdvanceWith("expectedVersion", "\"one\""));
        Advance("1e309 version", ProjectMarker, AdvanceWith("expectedVersion", "1e309"));
        Advance("29 nines version", ProjectMarker, AdvanceWith("expectedVersion", "99999999999999999999999999999"));
        Advance("-0 version", ProjectMarker, AdvanceWith("expectedVersion", "-0"));
        Advance("number where date", ProjectMarker, AdvanceWith("reachedOn", "20240305"));
        Advance("empty stage", ProjectMarker, AdvanceWith("stage", "\"\""));
        Advance("whitespace reachedOn", ProjectMarker, AdvanceWith("reachedOn", "\"  \""));
        Advance("SQL in stage", ProjectMarker, AdvanceWith("stage", Str("Started'; DROP TABLE projects; --")));
        Advance("script in stage", ProjectMarker, AdvanceWith("stage", Str(Script)));
        Advance("SQL in reachedOn", ProjectMarker, AdvanceWith("reachedOn", Str(SqlOr)));
        Advance("RTL override in stage", ProjectMarker, AdvanceWith("stage", Str("Sta\u202Erted")));
        Advance("zero-width joiner in stage", ProjectMarker, AdvanceWith("stage", Str("Start\u200Ded")));
        Advance("lone surrogate in stage", ProjectMarker, AdvanceWith("stage", LoneSurrogate));
        Advance("NUL in stage", ProjectMarker, AdvanceWith("stage", "\"Started\\u0000\""));
        Advance("emoji in reachedOn", ProjectMarker, AdvanceWith("reachedOn", Str("2024-03-0\U0001F600")));
        Advance("non-UUID id", "not-a-uuid", AdvanceBase().ToJsonString());
        Advance("SQL id", Uri.EscapeDataString(Sql), AdvanceBase().ToJsonString());
        Advance("SQL OR id", Uri.EscapeDataString(SqlOr), AdvanceBase().ToJsonString());
        Advance("script id", Uri.EscapeDataString(Script), AdvanceBase().ToJsonString());
        Advance("path traversal id", "../../etc/passwd", AdvanceBase().ToJsonString());
        Advance("encoded path traversal id", "..%2F..%2Fetc%2Fpasswd", AdvanceBase().ToJsonString());
        Advance("encoded NUL id", ProjectMarker + "%00", AdvanceBase().ToJsonString());
        Advance("encoded dots id", "%2e%2e", AdvanceBase().ToJsonString());
        Advance("10,000-character id", LongId, AdvanceBase().ToJsonString());

        // --- Indicators: POST observations:batch (aimed at one seeded figure, whose vintages must not move).
        void Batch(string name, string? body, string client = PlatformFixture.CityBureau) =>
            Add($"batch: {name}", new(client, HttpMethod.Post, "/api/v1/indicators/observations:batch", body, json, Expect.RefusedOrEveryRowRejected));
        string BatchWith(string field, string raw) => $"{{\"rows\":[{WithRaw(RowBase(), field, raw)}]}}";

        Batch("truncated JSON", "{\"rows\":[{\"indicatorCode\":\"manufacturing-investment\"");
        Batch("trailing garbage", $"{{\"rows\":[{RowBase().ToJsonString()}]}}}}");
        Batch("bare array", $"[{RowBase().ToJsonString()}]");
        Batch("null", "null");
        Batch("empty body", "");
        Batch("10,000 levels deep", DeepNesting);
        Batch("10,000 levels deep, district", "{\"rows\":" + DeepNesting + "}", Wuxing);
        Batch("string where array", "{\"rows\":\"all of them\"}");
        Batch("string where number", BatchWith("value", "\"a lot\""));
        Batch("object where string", BatchWith("regionCode", "{\"code\":\"wuxing\"}"));
        Batch("number where period", BatchWith("period", "202403"));
        Batch("1e309", BatchWith("value", "1e309"));
        Batch("29 nines", BatchWith("value", "99999999999999999999999999999"));
        Batch("1e17, beyond numeric(20,4)", BatchWith("value", "1e17"));
        Batch("duplicate key", "{\"rows\":[" + RowBase().ToJsonString().TrimEnd('}') + ",\"regionCode\":\"anji\"}]}");
        Batch("1e-30, finer than 4 places", BatchWith("value", "1e-30"));
        Batch("NaN as string", BatchWith("value", "\"NaN\""));
        Batch("empty strings", BatchWith("indicatorCode", "\"\""));
        Batch("whitespace period", BatchWith("period", "\"   \""));
        Batch("SQL in indicatorCode", BatchWith("indicatorCode", Str(Sql)));
        Batch("SQL OR in regionCode", BatchWith("regionCode", Str(SqlOr)));
        Batch("SQL LIKE in period", BatchWith("period", Str(SqlLike)));
        Batch("script in indicatorCode", BatchWith("indicatorCode", Str(Script)));
        Batch("javascript: in regionCode", BatchWith("regionCode", Str(JavaScriptUrl)));
        Batch("script in period", BatchWith("period", Str(Script)));
        Batch("RTL override in regionCode", BatchWith("regionCode", Str(RtlOverride)));
        Batch("zero-width joiner in regionCode", BatchWith("regionCode", Str(ZeroWidthJoiner)));
        Batch("combining character in indicatorCode", BatchWith("indicatorCode", Str("manufacturing-investme\u0301nt")));
        Batch("emoji in period", BatchWith("period", Str(Emoji)));
        Batch("lone surrogate in regionCode", BatchWith("regionCode", LoneSurrogate));
        Batch("lone surrogate regionCode, district", BatchWith("regionCode", LoneSurrogate), Wuxing);
        Batch("NUL in regionCode", BatchWith("regionCode", Nul));
        Batch("NUL in regionCode, district", BatchWith("regionCode", Nul), Wuxing);
        Batch("NUL in unit", BatchWith("unit", "\"亿\\u0000元\""));
        Batch("100,000-character period", BatchWith("period", Str(Long)));
        Batch("path traversal in indicatorCode", BatchWith("indicatorCode", Str("../../etc/passwd")));

        // --- Indicators: POST observations:csv.
        void Csv(string name, string body, string client = PlatformFixture.CityBureau) =>
            Add($"csv: {name}", new(client, HttpMethod.Post, "/api/v1/indicators/observations:csv", body, "text/csv", Expect.RefusedOrEveryRowRejected));
        const string header = "indicator_code,region_code,period,basis,value,unit\n";
        string CsvRow(string indicator = "manufacturing-investment", string region = "wuxing", string period = "2024-03", string value = "1", string unit = "亿元") =>
            header + $"{indicator},{region},{period},cumulative,{value},{unit}\n";

        Csv("empty body", "");
        Csv("header only", header);
        Csv("no header", "manufacturing-investment,wuxing,2024-03,cumulative,1,亿元\n");
        Csv("JSON instead of CSV", $"{{\"rows\":[{RowBase().ToJsonString()}]}}");
        Csv("SQL in indicator_code", CsvRow(indicator: Sql));
        Csv("SQL OR in region_code", CsvRow(region: SqlOr));
        Csv("SQL LIKE in period", CsvRow(period: SqlLike));
        Csv("script in region_code", CsvRow(region: Script));
        Csv("1e309 value", CsvRow(value: "1e309"));
        Csv("29 nines value", CsvRow(value: "99999999999999999999999999999"));
        Csv("1e17 value", CsvRow(value: "1e17"));
        Csv("1e-30 value", CsvRow(value: "1e-30"));
        Csv("NaN value", CsvRow(value: "NaN"));
        Csv("NUL in region_code", CsvRow(region: "wuxing\0"));
        Csv("NUL in region_code, district", CsvRow(region: "wuxing\0"), Wuxing);
        Csv("RTL override in region_code", CsvRow(region: RtlOverride));
        Csv("emoji in period", CsvRow(period: Emoji));
        Csv("lone surrogate bytes in region_code", CsvRow(region: "wu\uD800xing"));
        Csv("100,000-character period", CsvRow(period: Long));
        Csv("another district's figure, district", CsvRow(region: "anji"), Wuxing);

        // --- Reads with hostile ids and query strings.
        void Read(string name, string path, Expect expect = Expect.Refused, string? fragment = null) =>
            Add($"read: {name}", new(PlatformFixture.CityBureau, HttpMethod.Get, path, null, json, expect, fragment));
        const string summary = "/api/v1/indicators/manufacturing-investment/summary";

        Read("summary, SQL indicator code", $"/api/v1/indicators/{Uri.EscapeDataString(Sql)}/summary?region=wuxing&period=2024-03");
        Read("summary, script indicator code", $"/api/v1/indicators/{Uri.EscapeDataString(Script)}/summary?region=wuxing&period=2024-03");
        Read("summary, path traversal indicator code", "/api/v1/indicators/..%2F..%2Fetc%2Fpasswd/summary?region=wuxing&period=2024-03");
        Read("summary, encoded dots indicator code", "/api/v1/indicators/%2e%2e/summary?region=wuxing&period=2024-03");
        Read("summary, SQL OR region", $"{summary}?region={Uri.EscapeDataString(SqlOr)}&period=2024-03");
        Read("summary, SQL LIKE period", $"{summary}?region=wuxing&period={Uri.EscapeDataString(SqlLike)}");
        Read("summary, 1e309 period", $"{summary}?region=wuxing&period=1e309");
        Read("summary, NUL period", $"{summary}?region=wuxing&period=2024-03%00");
        Read("summary, NUL region", $"{summary}?region=wuxing%00&period=2024-03");
        Read("summary, emoji period", $"{summary}?region=wuxing&period={Uri.EscapeDataString(Emoji)}");
        Read("summary, RTL override region", $"{summary}?region={Uri.EscapeDataString(RtlOverride)}&period=2024-03");
        Read("summary, lone surrogate bytes in region", $"{summary}?region=wu%ED%A0%80xing&period=2024-03");
        Read("summary, script basis", $"{summary}?region=wuxing&period=2024-03&basis={Uri.EscapeDataString(Script)}");
        Read("summary, SQL asOf", $"{summary}?region=wuxing&period=2024-03&asOf={Uri.EscapeDataString(Sql)}");
        Read("summary, 100,000-character region", $"{summary}?region={Long}&period=2024-03");

        Read("search, SQL name", $"/api/v1/enterprises?name={Uri.EscapeDataString(Sql)}", Expect.RefusedOrOnlyTrueMatches, Sql);
        Read("search, SQL OR name", $"/api/v1/enterprises?name={Uri.EscapeDataString(SqlOr)}", Expect.RefusedOrOnlyTrueMatches, SqlOr);
        Read("search, SQL LIKE name", $"/api/v1/enterprises?name={Uri.EscapeDataString(SqlLike)}", Expect.RefusedOrOnlyTrueMatches, SqlLike);
        Read("search, bare % name", "/api/v1/enterprises?name=%25", Expect.RefusedOrOnlyTrueMatches, "%");
        Read("search, bare _ name", "/api/v1/enterprises?name=_", Expect.RefusedOrOnlyTrueMatches, "_");
        Read("search, script name", $"/api/v1/enterprises?name={Uri.EscapeDataString(Script)}", Expect.RefusedOrOnlyTrueMatches, Script);
        Read("search, NUL name", "/api/v1/enterprises?name=%00", Expect.RefusedOrOnlyTrueMatches, "\0");
        Read("search, NUL inside name", "/api/v1/enterprises?name=%E6%B9%96%00%E5%B7%9E", Expect.RefusedOrOnlyTrueMatches, "湖\0州");
        Read("search, lone surrogate bytes in name", "/api/v1/enterprises?name=%ED%A0%80", Expect.RefusedOrOnlyTrueMatches, "\uFFFD");
        Read("search, SQL district", $"/api/v1/enterprises?district={Uri.EscapeDataString(Sql)}", Expect.RefusedOrOnlyTrueMatches, Sql);
        Read("search, NUL district", "/api/v1/enterprises?district=wuxing%00", Expect.RefusedOrOnlyTrueMatches, "\0");
        Read("search, script tier", $"/api/v1/enterprises?tier={Uri.EscapeDataString(Script)}");
        Read("search, pageSize 1e309", "/api/v1/enterprises?pageSize=1e309");
        Read("search, pageSize beyond int", "/api/v1/enterprises?pageSize=99999999999999999999");
        Read("search, page -0", "/api/v1/enterprises?page=-0");
        Read("search, SQL OR page", $"/api/v1/enterprises?page={Uri.EscapeDataString(SqlOr)}");
        Read("search, 100,000-character name", $"/api/v1/enterprises?name={Long}");

        const string lists = "/api/v1/projects/lists";
        Read("list, SQL list name", $"{lists}/{Uri.EscapeDataString(Sql)}?page=1&pageSize=10");
        Read("list, script list name", $"{lists}/{Uri.EscapeDataString(Script)}?page=1&pageSize=10");
        Read("list, path traversal list name", $"{lists}/..%2F..%2Fetc%2Fpasswd?page=1&pageSize=10");
        Read("list, encoded NUL list name", $"{lists}/Stuck%00?page=1&pageSize=10");
        Read("list, SQL OR from", $"{lists}/ToStart?from={Uri.EscapeDataString(SqlOr)}&to=2025-12-31&page=1&pageSize=10");
        Read("list, number where date", $"{lists}/ToStart?from=20250101&to=2025-12-31&page=1&pageSize=10");
        Read("list, emoji to", $"{lists}/ToStart?from=2025-01-01&to={Uri.EscapeDataString("2025-12-3\U0001F600")}&page=1&pageSize=10");
        Read("list, script notYet", $"{lists}/Stuck?notYet={Uri.EscapeDataString(Script)}&page=1&pageSize=10");
        Read("list, SQL LIKE district", $"{lists}/Stuck?district={Uri.EscapeDataString(SqlLike)}&page=1&pageSize=10", Expect.RefusedOrOnlyTrueMatches, SqlLike);
        Read("list, NUL district", $"{lists}/Stuck?district=nanxun%00&page=1&pageSize=10", Expect.RefusedOrOnlyTrueMatches, "\0");
        Read("list, pageSize 1e309", $"{lists}/Stuck?page=1&pageSize=1e309");
        Read("list, page beyond int", $"{lists}/Stuck?page=99999999999999999999&pageSize=10");
        Read("list, 10,000-character list name", $"{lists}/{LongId}?page=1&pageSize=10");

        Read("bulletin, SQL region", $"/api/v1/bulletin?region={Uri.EscapeDataString(Sql)}&period=2024");
        Read("bulletin, script period", $"/api/v1/bulletin?region=huzhou&period={Uri.EscapeDataString(Script)}");
        Read("bulletin, javascript: region", $"/api/v1/bulletin?region={Uri.EscapeDataString(JavaScriptUrl)}&period=2024");
        Read("bulletin, NUL period", "/api/v1/bulletin?region=huzhou&period=2024%00");
        Read("bulletin, 1e309 period", "/api/v1/bulletin?region=huzhou&period=1e309");
        Read("bulletin, RTL override region", $"/api/v1/bulletin?region={Uri.EscapeDataString("hu\u202Ezhou")}&period=2024");
        Read("bulletin, combining period", $"/api/v1/bulletin?region=huzhou&period={Uri.EscapeDataString("2024\u0301")}");
        Read("bulletin, path traversal region", "/api/v1/bulletin?region=..%2F..%2Fetc%2Fpasswd&period=2024");

        Read("enterprise, path traversal", "/api/v1/enterprises/..%2F..%2Fetc%2Fpasswd");
        Read("enterprise, encoded dots", "/api/v1/enterprises/%2e%2e%2f%2e%2e%2fetc%2fpasswd");
        Read("enterprise, encoded NUL", "/api/v1/enterprises/%00");
        Read("enterprise, SQL OR", $"/api/v1/enterprises/{Uri.EscapeDataString(SqlOr)}");
        Read("enterprise, 10,000-character code", $"/api/v1/enterprises/{LongId}");
        Read("project, non-UUID id", "/api/v1/projects/not-a-uuid");
        Read("project, SQL id", $"/api/v1/projects/{Uri.EscapeDataString(Sql)}");
        Read("project, encoded NUL id", "/api/v1/projects/%00");
        Read("project, path traversal id", "/api/v1/projects/..%2F..%2Fetc%2Fpasswd");
        return cases;
    }

    private static JsonObject RegistrationBase() => new()
    {
        ["creditCode"] = "{fresh-code}",
        ["nameZh"] = "湖州测试恶意输入有限公司",
        ["districtCode"] = "wuxing",
        ["industryCode"] = "C3841",
        ["chainCode"] = "nev",
        ["foundedOn"] = "2015-06-18",
    };

    private static JsonObject FiguresBase() => new()
    {
        ["mainBusinessRevenue"] = 8_000m, ["taxesPaidInCity"] = 400m, ["industrialInvestment"] = 600m, ["rdSpend"] = 300m, ["employees"] = 120,
        ["landMu"] = 35m, ["energyTce"] = 900m, ["co2Tonnes"] = 800m, ["valueAdded"] = 2_000m,
    };

    private static JsonObject ProjectBase() => new()
    {
        ["name"] = "年产10万台恶意输入测试项目",
        ["enterpriseCreditCode"] = EnterpriseMarker,
        ["districtCode"] = "wuxing",
        ["chainCode"] = "nev",
        ["kind"] = "NewManufacturing",
        ["origin"] = "NewlyIntroduced",
        ["totalInvestmentYi"] = 8.5m,
        ["equipmentInvestmentShare"] = 40m,
        ["isProvincialMajor"] = true,
        ["filedOn"] = "2024-01-15",
        ["plannedStartOn"] = "2024-03-01",
        ["plannedCompletionOn"] = "2024-12-31",
        ["plannedProductionOn"] = "2025-03-31",
        ["plannedAboveScaleOn"] = "2025-09-30",
        ["plannedAtCapacityOn"] = "2026-06-30",
    };

    private static JsonObject AdvanceBase() => new() { ["expectedVersion"] = 1, ["stage"] = "Started", ["reachedOn"] = "2024-03-05" };

    private static JsonObject RowBase() => new()
    {
        ["indicatorCode"] = "manufacturing-investment", ["regionCode"] = "wuxing", ["period"] = "2024-03",
        ["basis"] = "cumulative", ["value"] = 1m, ["unit"] = "亿元",
    };

    /// <summary>The object with one field's value replaced by raw JSON text (which need not be valid JSON on its own).</summary>
    private static string WithRaw(JsonObject body, string field, string raw)
    {
        const string placeholder = "__hostile__";
        body[field] = placeholder;
        return body.ToJsonString().Replace($"\"{placeholder}\"", raw, StringComparison.Ordinal);
    }

    private static string Str(string value) => JsonSerializer.Serialize(value);

    private async Task<HttpResponseMessage> SendAsync(HostileRequest hostile, (string CreditCode, string ProjectId) targets)
    {
        using var client = hostile.Client == PlatformFixture.CityBureau ? platform.CreateGatewayClient() : platform.CreateGatewayClient(hostile.Client);
        var path = hostile.Path.Replace(EnterpriseMarker, targets.CreditCode, StringComparison.Ordinal)
            .Replace(ProjectMarker, targets.ProjectId, StringComparison.Ordinal);
        using var request = new HttpRequestMessage(hostile.Method, path);
        if (hostile.Body is not null)
        {
            var body = hostile.Body.Replace("{fresh-code}", TestCreditCodes.NewValid(), StringComparison.Ordinal)
                .Replace(EnterpriseMarker, targets.CreditCode, StringComparison.Ordinal);
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(hostile.ContentType) { CharSet = "utf-8" };
        }

        return await client.SendAsync(request, _cancellation);
    }

    private static void NothingLeaks(string text, string said)
    {
        foreach (var leak in new[] { "   at ", "Host=", "Password=", "amqp://", "localhost:", "127.0.0.1:", "Npgsql", "Exception" })
        {
            Assert.False(text.Contains(leak, StringComparison.OrdinalIgnoreCase), $"The answer gives away '{leak}': {said}");
        }
    }

    /// <summary>An enterprise and a project the hostile writes aim at; made once per run, through the front door.</summary>
    private async Task<(string CreditCode, string ProjectId)> TargetsAsync()
    {
        await TargetsLock.WaitAsync(_cancellation);
        try
        {
            if (_targets is { } made)
            {
                return made;
            }

            using var city = platform.CreateGatewayClient();
            var code = TestCreditCodes.NewValid();
            using (var registered = await city.RegisterAsync(EnterpriseRequests.NewRegistration(code, "湖州恶意输入靶子有限公司")))
            {
                Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
            }

            var project = ProjectBase().ToJsonString().Replace(EnterpriseMarker, code, StringComparison.Ordinal);
            for (var attempt = 0; ; attempt++)
            {
                using var response = await city.PostAsync("/api/v1/projects", new StringContent(project, Encoding.UTF8, "application/json"), _cancellation);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    _targets = (code, (string)(await response.ReadJsonAsync())["id"]!);
                    return _targets.Value;
                }

                // Projects learns of a new enterprise from its event; give it a moment.
                Assert.True(attempt < 20, $"The target project was not registered: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(_cancellation)}");
                await Task.Delay(500, _cancellation);
            }
        }
        finally
        {
            TargetsLock.Release();
        }
    }

    /// <summary>What the hostile writes could have touched, as the API tells it.</summary>
    private async Task<string> SnapshotAsync((string CreditCode, string ProjectId) targets)
    {
        // A reader of its own, so the snapshots do not spend the city bureau's rate limit.
        using var city = platform.CreateGatewayClient("city-reader");
        var parts = new List<string>();
        foreach (var path in new[]
        {
            "/api/v1/enterprises?pageSize=1&includeInactive=true",
            $"/api/v1/enterprises/{targets.CreditCode}",
            $"/api/v1/enterprises/{targets.CreditCode}/figures",
            $"/api/v1/enterprises/{targets.CreditCode}/history",
            $"/api/v1/projects/{targets.ProjectId}",
            "/api/v1/projects/lists/Stuck?page=1&pageSize=1",
            "/api/v1/projects/lists/ToStart?from=2000-01-01&to=2100-12-31&page=1&pageSize=1",
            "/api/v1/indicators/manufacturing-investment/vintages?region=wuxing&period=2024-03&basis=cumulative",
            "/api/v1/indicators/manufacturing-investment/vintages?region=anji&period=2024-03&basis=cumulative",
        })
        {
            using var response = await city.GetAsync(path, _cancellation);
            var text = await response.Content.ReadAsStringAsync(_cancellation);
            var json = JsonNode.Parse(text);
            // Counts and records, not the parts that differ per request.
            var shown = json is JsonObject o && o["traceId"] is not null ? $"{o["status"]} {o["type"]}"
                : json is JsonObject page && (page["totalCount"] ?? page["total"]) is { } total ? $"total {total}"
                : text;
            parts.Add($"{path} → {(int)response.StatusCode} {shown}");
        }

        return string.Join("\n", parts);
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + $"… ({text.Length} chars)";
}

/// <summary>The hostile set compares counts before and after, so it runs when no other test is writing.</summary>
[CollectionDefinition(nameof(HostileInputThroughGateway), DisableParallelization = true)]
public sealed class HostileInputCollection;
