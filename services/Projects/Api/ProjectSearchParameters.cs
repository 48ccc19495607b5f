using IndustryPlatform.Projects.UseCases;

namespace IndustryPlatform.Projects.Api;

/// <summary>GET api/v1/projects: the query string of a search, each parameter optional.</summary>
public sealed record ProjectSearchParameters(
    string? District, string? Chain, string? Kind, string? Stage, string? Origin, bool? IsMajor, bool? IsProvincialMajor,
    bool? IsDigitalEconomyCore, int? FiledYear, int? StartedYear, decimal? MinInvestmentYi, decimal? MaxInvestmentYi, int? Page, int? PageSize)
{
    public ListProjectsQuery ToQuery() => new(null, null, null, null, District, Chain, Page ?? 0, PageSize ?? 0,
        new ProjectFilters(Kind, Stage, Origin, IsMajor, IsProvincialMajor, IsDigitalEconomyCore, FiledYear, StartedYear, MinInvestmentYi, MaxInvestmentYi));
}
