using Bunit;
using IndustryPlatform.Cockpit.Components.Pages;
using IndustryPlatform.Cockpit.Gateway;

namespace IndustryPlatform.Cockpit.Tests;

/// <summary>An answer that arrives after the person chose something else is dropped, never shown over the newer one.</summary>
public sealed class LateAnswersTests : BunitContext
{
    private static Bulletin Of(string period, string label) => new("huzhou", "湖州市", period, label, "", [], true);

    [Fact]
    public void The_first_years_bulletin_arriving_after_the_year_chosen_does_not_replace_it()
    {
        var first = new TaskCompletionSource<object>();
        var lastYear = $"{DateTime.Today.Year - 1}-12";
        var gateway = new FakeGateway().Get("api/v1/bulletin", r => FakeGateway.Query(r, "period") == lastYear
            ? first.Task
            : Of(FakeGateway.Query(r, "period")!, "较早一年的通报"));
        this.UseGateway(gateway, "city-staff", "huzhou", "read");

        var page = Render<BulletinPage>();
        page.Find("[data-testid=year]").Change(DateTime.Today.Year - 2);
        page.WaitForAssertion(() => Assert.Contains("较早一年的通报", page.Find("article.bulletin h1").TextContent));

        var renders = page.RenderCount;
        first.SetResult(Of(lastYear, "迟到的通报"));

        // The first load's end renders the page once more: by then its answer has been read and dropped.
        page.WaitForState(() => page.RenderCount > renders);
        Assert.Contains("较早一年的通报", page.Find("article.bulletin h1").TextContent);
    }
}
