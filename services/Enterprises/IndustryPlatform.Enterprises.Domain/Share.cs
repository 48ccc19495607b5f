namespace IndustryPlatform.Enterprises.Domain;

/// <summary>A part of a whole as the evaluations answer it: 0–1, four decimals, 0 when the whole is empty.</summary>
internal static class Share
{
    public static decimal Of(int count, int of) => of == 0 ? 0m : Math.Round((decimal)count / of, 4, MidpointRounding.AwayFromZero);
}
