namespace IndustryPlatform.Enterprises.Domain;

/// <summary>认定层级 — who certifies a tier.</summary>
public enum TierLevel
{
    /// <summary>国家级</summary>
    National = 1,

    /// <summary>省级</summary>
    Provincial = 2,

    /// <summary>市级</summary>
    Municipal = 3,
}
