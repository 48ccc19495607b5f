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

    private static FakeGateway Gateway(List<TierCandidate> pool) => new FakeGateway()
        .Get("api/v1/tiers", new TierCatalogue([new("green-factory", "绿色工厂", "Green factory", "Municipal"), new("eagle", "雄鹰企业", "Eagle", "Provincial")]))
        .Get("api/v1/tiers/candidates", _ => pool.ToList())
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
}
