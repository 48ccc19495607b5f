namespace IndustryPlatform.Cockpit.Reporting;

/// <summary>The few ECharts options the pages draw, as plain objects serialised to the option JSON.</summary>
public static class ChartOptions
{
    private static readonly object Grid = new { left = 48, right = 16, top = 28, bottom = 28, containLabel = true };

    /// <summary>A line over periods, with the year's target as a dashed line when there is one.</summary>
    public static object Line(IReadOnlyList<string> periods, IReadOnlyList<decimal> values, string name, decimal? target = null, string? targetName = null) => new
    {
        grid = Grid,
        tooltip = new { trigger = "axis" },
        xAxis = new { type = "category", data = periods },
        yAxis = new { type = "value", scale = true },
        series = new object[]
        {
            new
            {
                name, type = "line", data = values, smooth = true,
                markLine = target is { } t
                    ? new { symbol = "none", lineStyle = new { type = "dashed", color = "#c62828" }, data = new object[] { new { yAxis = t, name = targetName } } }
                    : null,
            },
        },
    };

    public static object Bars(IReadOnlyList<string> names, IReadOnlyList<decimal> values, string name, IReadOnlyList<string>? colours = null, bool horizontal = false) => new
    {
        grid = Grid,
        tooltip = new { trigger = "axis" },
        xAxis = horizontal ? (object)new { type = "value" } : new { type = "category", data = names },
        yAxis = horizontal ? (object)new { type = "category", data = names, inverse = true } : new { type = "value" },
        series = new object[]
        {
            new
            {
                name, type = "bar",
                data = values.Select((v, i) => new { value = v, itemStyle = new { color = colours is null ? "#1e5aa8" : colours[i % colours.Count] } }),
                label = new { show = true, position = horizontal ? "right" : "top" },
            },
        },
    };

    public static object Funnel(IEnumerable<(string Name, int Value)> steps, string name) => new
    {
        tooltip = new { trigger = "item" },
        series = new object[]
        {
            new
            {
                name, type = "funnel", sort = "none", left = "10%", width = "80%", gap = 2,
                label = new { show = true, position = "inside", formatter = "{b} {c}" },
                data = steps.Select(s => new { name = s.Name, value = s.Value }),
            },
        },
    };
}
