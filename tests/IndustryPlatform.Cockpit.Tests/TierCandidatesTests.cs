using System.Text.Json;
using Bunit;
using IndustryPlatform.Cockpit.Components.Pages;
using IndustryPlatform.Cockpit.Gateway;

namespace IndustryPlatform.Cockpit.Tests;

/// <summary>培育库: the city proposes and certifies; a district (or a reader) sees the pool and cannot act.</summary>
public sealed class TierCandidatesTests : BunitContext
{
    private const string Code = "91330502MA2B000001";
    private static readonly int Year = DateTime.Today.Year;

    private static TierCandidate Candidate(string status = "Candidate", string? certifiedOn = null) =>
        new(Code, "wuxing", "green-factory", "Municipal", Year, status, "市经信局 工作人员", $"{Year + 2}-12-31", certifiedOn, null, 1);

    private static FakeGateway Gateway(List<TierCandidate> pool, List<TierCandidate>? certified = null) => new FakeGateway()
        .Get("api/v1/tiers", new TierCatalogue([new("green-factory", "绿色工厂", "Green factory", "Municipal"), new("eagle", "雄鹰企业", "Eagle", "Provincial")]))
        .Get("api/v1/tiers/candidates", _ => pool.ToList())
        .Get("api/v1/tiers/records", _ => (certified ?? []).ToList())
        .Get($"api/v1/enterprises/{Code}", new Enterprise(Code, "湖州某某电机有限公司", null, "wuxing", "C38", null, null, true, null));

    [Fact]
    public void The_city_proposes_an_enterprise_for_the_years_pool_and_sees_it_listed()
    {
        var pool = new List<TierCandidate>();
        var gateway = Gateway(pool).Post("api/v1/tiers/candidates", _ =>
        {
            pool.Add(Candidate());
            return Candidate();
        });
        this.UseGateway(gateway, "市经信局 工作人员", "huzhou", "read", "submit", "certify");

        var page = Render<TierCandidates>();
        page.WaitForElement("[data-testid=pool-empty]");
        page.Find("[data-testid=propose-credit-code]").Change(Code);
        page.Find("[data-testid=propose-tier]").Change("green-factory");
        page.Find("[data-testid=propose]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find($"[data-testid=pool] tr[data-candidate='{Code}']")));
        Assert.Contains("湖州某某电机有限公司", page.Find($"tr[data-candidate='{Code}']").TextContent);
        Assert.Contains("绿色工厂", page.Find($"tr[data-candidate='{Code}']").TextContent);
        Assert.Contains("已推荐", page.Find("[data-testid=done]").TextContent);
        var body = JsonDocument.Parse(gateway.Requests.Single(r => r.Method == HttpMethod.Post).Body!).RootElement;
        Assert.Equal(Code, body.GetProperty("creditCode").GetString());
        Assert.Equal("green-factory", body.GetProperty("tierCode").GetString());
        Assert.Equal(Year, body.GetProperty("year").GetInt32());
        Assert.Equal("市经信局 工作人员", body.GetProperty("proposedBy").GetString());
    }

    [Fact]
    public void The_city_certifies_a_candidate_and_it_leaves_the_pool()
    {
        var pool = new List<TierCandidate> { Candidate() };
        var gateway = Gateway(pool).Post("api/v1/tiers/certify", _ =>
        {
            pool.Clear();
            return Candidate("Certified", DateTime.Today.ToString("yyyy-MM-dd"));
        });
        this.UseGateway(gateway, "市经信局 工作人员", "huzhou", "read", "certify");

        var page = Render<TierCandidates>();
        page.WaitForElement($"tr[data-candidate='{Code}'] [data-testid=certify]").Click();

        page.WaitForElement("[data-testid=pool-empty]");
        Assert.Contains("已认定为绿色工厂", page.Find("[data-testid=done]").TextContent);
        var body = JsonDocument.Parse(gateway.Requests.Single(r => r.Method == HttpMethod.Post).Body!).RootElement;
        Assert.Equal((Code, "green-factory", Year), (body.GetProperty("creditCode").GetString(), body.GetProperty("tierCode").GetString(), body.GetProperty("year").GetInt32()));
    }

    [Fact]
    public void A_district_sees_the_pool_but_has_no_propose_form_and_no_certify_button()
    {
        this.UseGateway(Gateway([Candidate()]), "吴兴区经信局 工作人员", "wuxing", "read", "submit");

        var page = Render<TierCandidates>();

        page.WaitForElement($"tr[data-candidate='{Code}']");
        Assert.NotNull(page.Find("[data-testid=may-not-certify]"));
        Assert.Empty(page.FindAll("[data-testid=propose]"));
        Assert.Empty(page.FindAll("[data-testid=certify]"));
    }

    [Fact]
    public void A_refused_certification_is_shown_by_its_rule_in_words()
    {
        var gateway = Gateway([Candidate()]).Post("api/v1/tiers/certify", _ => FakeGateway.Refusal(400, "tier.candidate-expired"));
        this.UseGateway(gateway, "市经信局 工作人员", "huzhou", "read", "certify");

        var page = Render<TierCandidates>();
        page.WaitForElement("[data-testid=certify]").Click();

        page.WaitForAssertion(() => Assert.Contains("培育期已过，不能再认定", page.Find("[data-rule='tier.candidate-expired']").TextContent));
        Assert.Empty(page.FindAll("[data-testid=done]"));
    }

    [Fact]
    public void The_pool_is_asked_for_the_year_tier_and_district_chosen()
    {
        var gateway = Gateway([]);
        this.UseGateway(gateway, "市经信局 领导（只读）", "huzhou", "read");

        var page = Render<TierCandidates>();
        page.WaitForElement("[data-testid=tier] option[value=eagle]");
        page.Find("[data-testid=tier]").Change("eagle");
        page.Find("[data-testid=district]").Change("anji");

        page.WaitForAssertion(() => Assert.Equal($"/api/v1/tiers/candidates?year={Year}&tier=eagle&district=anji", gateway.Asked(HttpMethod.Get, "api/v1/tiers/candidates").Last()));
        Assert.NotNull(page.Find("[data-testid=may-not-certify]"));
    }

    private static string NumberedCode(int i) => $"91330502MA2C{i:D6}";

    private static TierCandidate Numbered(int i, string status = "Candidate") =>
        new(NumberedCode(i), "nanxun", "green-factory", "Municipal", Year, status, "市经信局 工作人员", $"{Year + 2}-12-31", null, null, 1);

    [Fact]
    public void A_pool_longer_than_a_page_is_read_a_page_at_a_time_and_only_the_shown_names_are_asked_for()
    {
        var pool = Enumerable.Range(1, 120).Select(i => Numbered(i)).ToList();
        var gateway = Gateway(pool);
        this.UseGateway(gateway, "市经信局 领导（只读）", "huzhou", "read");

        var page = Render<TierCandidates>();
        page.WaitForAssertion(() => Assert.Equal(TierCandidates.PageSize, page.FindAll("[data-testid=pool] tr[data-candidate]").Count));
        Assert.Equal("第1/3页，共120条", page.Find("[data-testid=pool-pages-where]").TextContent);
        Assert.True(page.Find("[data-testid=pool-pages-previous]").HasAttribute("disabled"));
        Assert.Equal(50, gateway.Requests.Count(r => r.PathAndQuery.StartsWith("/api/v1/enterprises/", StringComparison.Ordinal)));

        page.Find("[data-testid=pool-pages-next]").Click();
        page.Find("[data-testid=pool-pages-next]").Click();

        page.WaitForAssertion(() => Assert.Equal(20, page.FindAll("[data-testid=pool] tr[data-candidate]").Count));
        Assert.NotNull(page.Find($"tr[data-candidate='{NumberedCode(120)}']"));
        Assert.Empty(page.FindAll($"tr[data-candidate='{NumberedCode(100)}']"));
        Assert.True(page.Find("[data-testid=pool-pages-next]").HasAttribute("disabled"));
        Assert.Equal(120, gateway.Requests.Count(r => r.PathAndQuery.StartsWith("/api/v1/enterprises/", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_city_revokes_a_certification_with_its_reason_and_it_leaves_the_certified_list()
    {
        var certified = new List<TierCandidate> { Candidate("Certified", $"{Year}-03-01") };
        var gateway = Gateway([], certified).Post("api/v1/tiers/revoke", _ =>
        {
            certified.Clear();
            return Candidate("Revoked", $"{Year}-03-01");
        });
        this.UseGateway(gateway, "市经信局 工作人员", "huzhou", "read", "certify");

        var page = Render<TierCandidates>();
        page.WaitForElement($"[data-testid=certified] tr[data-certified='{Code}']");
        Assert.Contains("湖州某某电机有限公司", page.Find($"tr[data-certified='{Code}']").TextContent);
        Assert.True(page.Find($"tr[data-certified='{Code}'] [data-testid=revoke]").HasAttribute("disabled"));
        page.Find("[data-testid=revoke-reason]").Input("发生安全生产事故");
        page.Find($"tr[data-certified='{Code}'] [data-testid=revoke]").Click();

        page.WaitForElement("[data-testid=certified-empty]");
        Assert.Contains("已撤销", page.Find("[data-testid=done]").TextContent);
        var body = JsonDocument.Parse(gateway.Requests.Single(r => r.Method == HttpMethod.Post).Body!).RootElement;
        Assert.Equal((Code, "green-factory", Year, "发生安全生产事故"),
            (body.GetProperty("creditCode").GetString(), body.GetProperty("tierCode").GetString(), body.GetProperty("year").GetInt32(), body.GetProperty("reason").GetString()));
        Assert.Contains($"/api/v1/tiers/records?year={Year}&status=Certified", gateway.Asked(HttpMethod.Get, "api/v1/tiers/records"));
    }

    [Fact]
    public void The_city_administrator_runs_the_years_selection_and_sees_whom_it_proposed()
    {
        var pool = new List<TierCandidate>();
        var gateway = Gateway(pool).Post("api/v1/tiers/candidate-runs", _ =>
        {
            pool.Add(Candidate());
            return new CandidateRun(Year, 1532, [Candidate()]);
        });
        this.UseGateway(gateway, "市经信局 管理员", "huzhou", "read", "certify", "admin");

        var page = Render<TierCandidates>();
        page.WaitForElement("[data-testid=run-yearly]").Click();

        page.WaitForElement($"[data-testid=pool] tr[data-candidate='{Code}']");
        Assert.Contains("评价1532家企业，新推荐1家入库", page.Find("[data-testid=done]").TextContent);
        Assert.Equal(Year, JsonDocument.Parse(gateway.Requests.Single(r => r.Method == HttpMethod.Post).Body!).RootElement.GetProperty("year").GetInt32());
    }

    [Fact]
    public void Without_the_admin_role_there_is_no_yearly_run_and_a_district_cannot_revoke()
    {
        this.UseGateway(Gateway([], [Candidate("Certified", $"{Year}-03-01")]), "吴兴区经信局 工作人员", "wuxing", "read", "submit");

        var page = Render<TierCandidates>();

        page.WaitForElement($"tr[data-certified='{Code}']");
        Assert.Empty(page.FindAll("[data-testid=run-yearly]"));
        Assert.Empty(page.FindAll("[data-testid=revoke]"));
        Assert.Empty(page.FindAll("[data-testid=revoke-reason]"));
    }
}
