namespace IndustryPlatform.BuildingBlocks.ReferenceData;

/// <summary>A region the platform knows: the province (省), a prefecture city (市) or one of Huzhou's districts (区县).</summary>
public sealed class Region
{
    public required string Code { get; init; }
    public required RegionKind Kind { get; set; }
    public string? ParentCode { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    /// <summary>GB/T 2260 division code; null for functional areas such as 南太湖新区.</summary>
    public string? AdminCode { get; set; }
}
