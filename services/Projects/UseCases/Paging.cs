using IndustryPlatform.Rules;

namespace IndustryPlatform.Projects.UseCases;

/// <summary>page from 1 (0 = 1), page_size from 1 to 200 (0 = 50), the same for every paged answer of Projects.</summary>
internal static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static (int Page, int PageSize) Check(int page, int pageSize, List<RuleViolation> violations)
    {
        page = page == 0 ? 1 : page;
        pageSize = pageSize == 0 ? DefaultPageSize : pageSize;
        if (page < 1)
        {
            violations.Add(new("page", RuleCodes.Page.OutOfRange, "page counts from 1."));
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            violations.Add(new("page_size", RuleCodes.Page.SizeOutOfRange, $"page_size is from 1 to {MaxPageSize}."));
        }

        return (page, pageSize);
    }
}
