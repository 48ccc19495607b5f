namespace IndustryPlatform.Enterprises.Domain;

/// <summary>国民经济行业大类 — the GB/T 4754 division (section letter and two digits, e.g. C38) the city-wide evaluations group by.</summary>
public static class IndustryDivision
{
    public static string Of(string industryCode) =>
        industryCode.Length >= 3 ? industryCode[..3].ToUpperInvariant() : industryCode.ToUpperInvariant();
}
