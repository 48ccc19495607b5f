namespace IndustryPlatform.Contracts.Events;

/// <summary>
/// 新增规上企业 — an enterprise became above-scale (规模以上) for a year, either because its main-business
/// revenue reached the threshold or because one of its projects reached the 上规 stage.
/// </summary>
/// <param name="Source">"Revenue" (yearly figures) or "Project" (a project's AboveScale stage).</param>
public sealed record EnterpriseBecameAboveScale(
    string CreditCode,
    string DistrictCode,
    int Year,
    string Source,
    DateTimeOffset OccurredAt);
