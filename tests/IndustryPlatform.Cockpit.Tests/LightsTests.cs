using Bunit;
using IndustryPlatform.Cockpit.Components.Shared;
using IndustryPlatform.Cockpit.Reporting;

namespace IndustryPlatform.Cockpit.Tests;

public sealed class LightsTests : BunitContext
{
    [Theory]
    [InlineData("Red", "red", "#c62828", "红灯")]
    [InlineData("Yellow", "yellow", "#f9a825", "黄灯")]
    [InlineData("Green", "green", "#2e7d32", "绿灯")]
    [InlineData(null, "none", "#b0b8c1", "无灯")]
    public void Each_light_has_its_colour_and_name(string? light, string css, string colour, string name)
    {
        Assert.Equal(css, Lights.CssClass(light));
        Assert.Equal(colour, Lights.Colour(light));
        Assert.Equal(name, Lights.Name(light, new Labels(false)));
    }

    [Fact]
    public void The_light_component_shows_the_light_named_in_the_language_chosen()
    {
        var light = Render<CascadingValueWrapper>(parameters => parameters
            .Add(w => w.Labels, new Labels(English: true))
            .Add(w => w.Light, "Red"));

        var span = light.Find("span.light");
        Assert.Contains("red", span.ClassList);
        Assert.Equal("red", span.GetAttribute("title"));
    }
}
