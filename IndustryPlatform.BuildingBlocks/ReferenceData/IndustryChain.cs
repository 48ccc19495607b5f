namespace IndustryPlatform.BuildingBlocks.ReferenceData;

/// <summary>产业链 — one of the eight emerging chains or a traditional industry.</summary>
public sealed class IndustryChain
{
    public required string Code { get; init; }
    public required IndustryChainKind Kind { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    /// <summary>链长制 — the department that leads the chain.</summary>
    public required string LeadDepartment { get; set; }
}
