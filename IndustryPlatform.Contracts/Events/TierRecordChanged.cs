namespace IndustryPlatform.Contracts.Events;

/// <summary>
/// 梯度培育记录事实 — the whole current state of one tier record (an enterprise in a tier for a year), published after
/// every committed change (proposed, certified, expired, revoked) and again when a resync is requested. A consumer keeps
/// the state with the highest <see cref="Version"/> per record.
/// </summary>
/// <param name="Level">"National", "Provincial" or "Municipal".</param>
/// <param name="Year">The tier's year (e.g. 2023年度金象企业, certified in 2024).</param>
/// <param name="Status">"Candidate", "Certified", "Expired" or "Revoked".</param>
/// <param name="CertifiedOn">The day it was certified; null while a candidate, kept after expiry or revocation.</param>
/// <param name="IsDemo">Invented demonstration data.</param>
public sealed record TierRecordChanged(
    Guid TierRecordId,
    int Version,
    string CreditCode,
    string EnterpriseNameZh,
    string DistrictCode,
    string TierCode,
    string Level,
    int Year,
    string Status,
    DateOnly? CertifiedOn,
    DateOnly? ValidUntil,
    bool IsDemo,
    DateTimeOffset ChangedAt);
