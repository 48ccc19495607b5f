using System.Globalization;
using System.Text.RegularExpressions;
using IndustryPlatform.Rules;

namespace IndustryPlatform.Enterprises.Domain;

/// <summary>登记事项 — what a registration or a change states about an enterprise, as submitted.</summary>
/// <param name="FoundedOn">成立日期, ISO 8601 <c>yyyy-MM-dd</c>; empty when unknown.</param>
/// <param name="Listing">上市情况; null means not listed.</param>
public sealed partial record EnterpriseDetails(
    string? NameZh,
    string? NameEn,
    string? DistrictCode,
    string? IndustryCode,
    string? ChainCode,
    string? FoundedOn,
    ListingDetails? Listing = null)
{
    public const int NameZhMaxLength = 200;
    public const int NameEnMaxLength = 300;

    /// <summary>Checks every rule and adds each one broken to <paramref name="violations"/>; the normalised particulars when none is.</summary>
    internal EnterpriseParticulars? Validate(RegistryReferenceData reference, TimeProvider clock, List<RuleViolation> violations)
    {
        var before = violations.Count;

        var nameZh = NameZh?.Trim() ?? string.Empty;
        if (nameZh.Length == 0)
        {
            violations.Add(new("name_zh", RuleCodes.NameZh.Required, "The Chinese name (企业名称) is required."));
        }
        else if (nameZh.Length > NameZhMaxLength)
        {
            violations.Add(new("name_zh", RuleCodes.NameZh.TooLong, $"The Chinese name has {nameZh.Length} characters; at most {NameZhMaxLength} are allowed."));
        }

        var nameEn = Blank(NameEn);
        if (nameEn is { Length: > NameEnMaxLength })
        {
            violations.Add(new("name_en", RuleCodes.NameEn.TooLong, $"The English name has {nameEn.Length} characters; at most {NameEnMaxLength} are allowed."));
        }

        var district = Blank(DistrictCode)?.ToLowerInvariant();
        if (district is null)
        {
            violations.Add(new("district_code", RuleCodes.District.Required, "The district (所属区县) is required."));
        }
        else if (!reference.DistrictCodes.Contains(district))
        {
            violations.Add(new("district_code", RuleCodes.District.Unknown,
                $"'{district}' is not one of the city's districts: {string.Join(", ", reference.DistrictCodes.Order(StringComparer.Ordinal))}."));
        }

        var industry = Blank(IndustryCode)?.ToUpperInvariant();
        if (industry is null)
        {
            violations.Add(new("industry_code", RuleCodes.IndustryCode.Required, "The industry code (国民经济行业代码, GB/T 4754) is required."));
        }
        else if (!IndustryCodePattern().IsMatch(industry))
        {
            violations.Add(new("industry_code", RuleCodes.IndustryCode.Format,
                $"'{industry}' is not a GB/T 4754 code: a section letter A-T followed by the 2-, 3- or 4-digit division, group or class, e.g. C3841."));
        }

        var chain = Blank(ChainCode)?.ToLowerInvariant();
        if (chain is not null && !reference.ChainCodes.Contains(chain))
        {
            violations.Add(new("chain_code", RuleCodes.Chain.Unknown,
                $"'{chain}' is not an industry chain the city tracks: {string.Join(", ", reference.ChainCodes.Order(StringComparer.Ordinal))}."));
        }

        DateOnly? foundedOn = null;
        if (Blank(FoundedOn) is { } text)
        {
            if (!IsoDate.TryParse(text, out var date))
            {
                violations.Add(new("founded_on", RuleCodes.FoundedOn.Format, $"'{text}' is not a date in the form yyyy-MM-dd."));
            }
            else if (date > HuzhouCalendar.Today(clock))
            {
                violations.Add(new("founded_on", RuleCodes.FoundedOn.InFuture, $"The founding date {text} is after today ({HuzhouCalendar.Today(clock):yyyy-MM-dd})."));
            }
            else
            {
                foundedOn = date;
            }
        }

        var listing = (Listing ?? ListingDetails.NotListed).Validate(HuzhouCalendar.Today(clock), foundedOn, violations);

        return violations.Count == before
            ? new EnterpriseParticulars(nameZh, nameEn, district!, industry!, chain, foundedOn, listing!)
            : null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// GB/T 4754-2017: section (门类) letter, then division (大类, 2 digits), group (中类, 3) or class (小类, 4).
    /// Whether the digits belong to that section is not checked: that needs the classification itself as data.
    /// </summary>
    [GeneratedRegex("^[A-T][0-9]{2,4}$")]
    private static partial Regex IndustryCodePattern();
}
