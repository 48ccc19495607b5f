using System.Text.Json.Nodes;
using IndustryPlatform.Cockpit.Gateway;
using IndustryPlatform.Cockpit.Reporting;

namespace IndustryPlatform.Cockpit.Tests;

public sealed class RuleWordsTests
{
    [Fact]
    public void A_refusal_is_shown_by_its_rule_in_words_never_as_the_raw_problem()
    {
        var problem = JsonNode.Parse("""{"status":403,"rule":"region.not-yours","detail":"Client 'x' speaks for region 'wuxing'…"}""")!.AsObject();

        var refusal = ApiRefusal.From(403, problem);

        Assert.Equal("region.not-yours", refusal.Rule);
        Assert.Equal("只能操作本区县的数据", refusal.Words(new Labels(false)));
        Assert.Equal("You may act only on your own district's data", refusal.Words(new Labels(true)));
    }

    [Fact]
    public void Without_a_problem_document_the_status_names_the_refusal_and_an_unknown_rule_shows_its_code()
    {
        Assert.Equal("http.502", ApiRefusal.From(502, null).Rule);
        Assert.Equal("some.rule-not-worded", RuleWords.For("some.rule-not-worded", new Labels(false)));
    }
}
