namespace IndustryPlatform.BuildingBlocks.ReferenceData;

public enum RegionKind
{
    /// <summary>省 — the provincial total, for 省均.</summary>
    Province,
    /// <summary>市 — a prefecture city, ranked in the province (全省第N位).</summary>
    City,
    /// <summary>区县 — one of the city's districts or counties.</summary>
    District,
}
