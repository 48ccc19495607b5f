namespace IndustryPlatform.Indicators.Domain.Facts;

/// <summary>梯度培育记录事实 — Indicators' copy of one tier record (an enterprise in a tier for a year), highest version kept.</summary>
public sealed class TierFact
{
    public required Guid TierRecordId { get; init; }
    public required int Version { get; set; }
    public required string CreditCode { get; set; }
    public required string EnterpriseNameZh { get; set; }
    public required string DistrictCode { get; set; }
    public required string TierCode { get; set; }
    /// <summary>"National", "Provincial" or "Municipal".</summary>
    public required string Level { get; set; }
    public required int Year { get; set; }
    /// <summary>"Candidate", "Certified", "Expired" or "Revoked" (a revoked record never counts).</summary>
    public required string Status { get; set; }
    public DateOnly? CertifiedOn { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public bool IsDemo { get; set; }
    public required DateTimeOffset ChangedAt { get; set; }
    public DateTimeOffset AppliedAt { get; set; }

    public const string Certified = "Certified";
    public const string Expired = "Expired";
    public const string Revoked = "Revoked";
}
