namespace IndustryPlatform.Cockpit.Reporting;

/// <summary>The report's traffic lights: 绿 on plan, 黄 behind, 红 well behind — as the API names them.</summary>
public static class Lights
{
    public static string CssClass(string? light) => light?.ToLowerInvariant() switch
    {
        "green" => "green",
        "yellow" or "amber" => "yellow",
        "red" => "red",
        _ => "none",
    };

    public static string Name(string? light, Labels labels) => CssClass(light) switch
    {
        "green" => labels["绿灯", "green"],
        "yellow" => labels["黄灯", "yellow"],
        "red" => labels["红灯", "red"],
        _ => labels["无灯", "no light"],
    };

    /// <summary>The colour ECharts draws the light in.</summary>
    public static string Colour(string? light) => CssClass(light) switch
    {
        "green" => "#2e7d32",
        "yellow" => "#f9a825",
        "red" => "#c62828",
        _ => "#b0b8c1",
    };
}
