namespace IndustryPlatform.Projects.Domain;

/// <summary>
/// What Projects knows of an enterprise: its own copy, filled from the Enterprises service's events,
/// so a project can name its owner without a call across services.
/// </summary>
public sealed class KnownEnterprise
{
    private KnownEnterprise() { }

    public string CreditCode { get; private set; } = "";
    public string NameZh { get; private set; } = "";
    public string? NameEn { get; private set; }
    public string DistrictCode { get; private set; } = "";
    public string IndustryCode { get; private set; } = "";
    public string? ChainCode { get; private set; }
    /// <summary>The Enterprises service's version of the record this copy reflects.</summary>
    public int Version { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static KnownEnterprise From(EnterpriseSnapshot snapshot, DateTimeOffset receivedAt)
    {
        var enterprise = new KnownEnterprise { CreditCode = snapshot.CreditCode };
        enterprise.Apply(snapshot, receivedAt);
        return enterprise;
    }

    /// <summary>
    /// Events may arrive out of order (a retry overtakes a later change); an older version never
    /// overwrites a newer one. Returns whether the copy changed.
    /// </summary>
    public bool Apply(EnterpriseSnapshot snapshot, DateTimeOffset receivedAt)
    {
        if (snapshot.CreditCode != CreditCode)
        {
            throw new InvalidOperationException($"Snapshot of {snapshot.CreditCode} cannot update {CreditCode}.");
        }

        if (Version != 0 && snapshot.Version <= Version)
        {
            return false;
        }

        NameZh = snapshot.NameZh;
        NameEn = snapshot.NameEn;
        DistrictCode = snapshot.DistrictCode;
        IndustryCode = snapshot.IndustryCode;
        ChainCode = snapshot.ChainCode;
        Version = snapshot.Version;
        UpdatedAt = receivedAt;
        return true;
    }
}
