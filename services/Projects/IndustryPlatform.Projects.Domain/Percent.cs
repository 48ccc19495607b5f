namespace IndustryPlatform.Projects.Domain;

internal static class Percent
{
    /// <summary><paramref name="part"/> as a percentage of <paramref name="whole"/>, to one decimal as the bureau writes it (77.8%); none of nothing.</summary>
    public static decimal? Of(decimal part, decimal whole) =>
        whole > 0 ? Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero) : null;
}
