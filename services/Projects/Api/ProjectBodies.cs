using IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.Api;

/// <summary>POST body. Dates are <c>yyyy-MM-dd</c> strings so that a bad one is refused by rule, like every other field; parameters with a default are optional.</summary>
public sealed record ProjectRegistrationBody(
    string? Name, string? EnterpriseCreditCode, string? DistrictCode, string? ChainCode, string? Kind,
    decimal? TotalInvestmentYi, string? FiledOn,
    string? PlannedStartOn, string? PlannedCompletionOn, string? PlannedProductionOn, string? PlannedAboveScaleOn, string? PlannedAtCapacityOn,
    decimal? EquipmentInvestmentShare = null, bool? IsProvincialMajor = null, string? Origin = null, bool? IsDigitalEconomyCore = null)
{
    public ProjectDetails Details() => new(
        Name, EnterpriseCreditCode, DistrictCode, ChainCode, Kind, TotalInvestmentYi ?? 0m, EquipmentInvestmentShare ?? 0m,
        IsProvincialMajor ?? false, FiledOn,
        new ProjectPlan(PlannedStartOn, PlannedCompletionOn, PlannedProductionOn, PlannedAboveScaleOn, PlannedAtCapacityOn),
        Origin, IsDigitalEconomyCore ?? false);
}

/// <summary>POST …/advance: the stage reached (e.g. "Started") and when.</summary>
public sealed record AdvanceBody(int? ExpectedVersion, string? Stage, string? ReachedOn);

/// <summary>POST …/replan: the stage, its new planned date and why.</summary>
public sealed record ReplanBody(int? ExpectedVersion, string? Stage, string? PlannedOn, string? Reason);

/// <summary>POST …/withdraw: the version read and why (撤销原因).</summary>
public sealed record WithdrawBody(int? ExpectedVersion, string? Reason);
