using IndustryPlatform.Rules;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>The paging rules every list of the registry answers by: 1-based pages of 1–<see cref="MaxPageSize"/> rows.</summary>
internal static class PageRequest
{
    public const int MaxPageSize = 200;

    public static IEnumerable<RuleViolation> Violations(int page, int pageSize)
    {
        if (page < 1)
        {
            yield return new("page", RuleCodes.Page.OutOfRange, $"Pages start at 1; {page} was asked for.");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            yield return new("page_size", RuleCodes.Page.SizeOutOfRange, $"The page size must be 1–{MaxPageSize}; {pageSize} was asked for.");
        }
    }
}
