namespace IndustryPlatform.Enterprises.Domain;

/// <summary>培育库 → 认定 → 到期/撤销.</summary>
public enum TierStatus
{
    /// <summary>入培育库 — proposed, awaiting certification.</summary>
    Candidate = 1,

    /// <summary>已认定</summary>
    Certified = 2,

    /// <summary>已到期 — a candidacy not certified in time, or a certification past its validity.</summary>
    Expired = 3,

    /// <summary>已撤销</summary>
    Revoked = 4,
}
