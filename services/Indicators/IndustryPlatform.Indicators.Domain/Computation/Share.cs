namespace IndustryPlatform.Indicators.Domain.Computation;

/// <summary>比重 / 率 — a part of a whole, in % (or per hundred: 每百元营业收入成本).</summary>
public static class Share
{
    /// <summary>100 × part ÷ whole; null when the whole is zero.</summary>
    public static decimal? Of(decimal part, decimal whole) =>
        whole == 0m ? null : Math.Round(part / whole * 100m, 4);
}
