using IndustryPlatform.Rules;

namespace IndustryPlatform.Enterprises.Domain;

/// <summary>
/// 梯度培育记录 — one enterprise in one tier for one year, from candidate (培育库) to certified and on to expired or
/// revoked. At most one per enterprise, tier and year, so a tier cannot be certified twice for the same year.
/// </summary>
public sealed class TierRecord
{
    /// <summary>Who records the demo data's certifications; such a record is demo data.</summary>
    public const string DemoRecorder = "demo-seed";

    private readonly List<TierStatusChange> _history = [];

    private TierRecord()
    {
    }

    public Guid Id { get; private set; }

    public string CreditCode { get; private set; } = null!;

    /// <summary>The enterprise's district when proposed: the pyramid counts it there.</summary>
    public string DistrictCode { get; private set; } = null!;

    public string TierCode { get; private set; } = null!;

    public TierLevel Level { get; private set; }

    public int Year { get; private set; }

    public TierStatus Status { get; private set; }

    /// <summary>"yearly-run" or the person who proposed it.</summary>
    public string ProposedBy { get; private set; } = null!;

    /// <summary>A candidacy not certified by this day expires.</summary>
    public DateOnly CandidacyExpiresOn { get; private set; }

    public DateOnly? CertifiedOn { get; private set; }

    /// <summary>Last day the certification holds.</summary>
    public DateOnly? ValidUntil { get; private set; }

    public int Version { get; private set; }

    /// <summary>Invented demonstration data: recorded by the demo seeder.</summary>
    public bool IsDemo => ProposedBy == DemoRecorder;

    /// <summary>The last day the record holds as it stands: a candidacy's last day, or a certification's; null once revoked before certification.</summary>
    public DateOnly? HoldsUntil => Status == TierStatus.Candidate ? CandidacyExpiresOn : ValidUntil;

    public IReadOnlyList<TierStatusChange> History => _history;

    /// <summary>入培育库</summary>
    public static TierRecord Propose(
        string creditCode, string districtCode, TierDefinition tier, int year, string proposedBy, int candidacyValidYears, DateTimeOffset now)
    {
        var record = new TierRecord
        {
            Id = Guid.CreateVersion7(now),
            CreditCode = creditCode,
            DistrictCode = districtCode,
            TierCode = tier.Code,
            Level = tier.Level,
            Year = year,
            Status = TierStatus.Candidate,
            ProposedBy = proposedBy,
            CandidacyExpiresOn = new DateOnly(year + candidacyValidYears, 12, 31),
            Version = 1,
        };
        record._history.Add(new(TierStatus.Candidate, now, $"proposed by {proposedBy}"));
        return record;
    }

    /// <summary>
    /// 补录 — a certification made before the platform kept the pool (or by a higher authority), entered as certified at once.
    /// </summary>
    public static TierRecord RecordCertification(
        string creditCode, string districtCode, TierDefinition tier, int year, DateOnly certifiedOn, string recordedBy, DateTimeOffset now)
    {
        if (certifiedOn.Year < year)
        {
            throw new InvalidInputException([new("certified_on", RuleCodes.CertifiedOn.BeforeTierYear,
                $"A {year} certification cannot be dated {certifiedOn:yyyy-MM-dd}, before that year.")]);
        }

        var record = new TierRecord
        {
            Id = Guid.CreateVersion7(now),
            CreditCode = creditCode,
            DistrictCode = districtCode,
            TierCode = tier.Code,
            Level = tier.Level,
            Year = year,
            Status = TierStatus.Certified,
            ProposedBy = recordedBy,
            CandidacyExpiresOn = certifiedOn,
            CertifiedOn = certifiedOn,
            ValidUntil = new DateOnly(year + tier.ValidYears - 1, 12, 31),
            Version = 1,
        };
        record._history.Add(new(TierStatus.Certified, now, $"certified on {certifiedOn:yyyy-MM-dd}, recorded by {recordedBy}"));
        return record;
    }

    /// <summary>Whether the certification covers <paramref name="year"/> (from its own year through its last valid year), unrevoked.</summary>
    public bool HoldsIn(int year) =>
        Status == TierStatus.Certified && Year <= year && ValidUntil is { } until && until.Year >= year;

    /// <summary>The status as of <paramref name="today"/>: a candidacy or certification past its last day reads as expired.</summary>
    public TierStatus StatusOn(DateOnly today) => Status switch
    {
        TierStatus.Candidate when today > CandidacyExpiresOn => TierStatus.Expired,
        TierStatus.Certified when ValidUntil is { } until && today > until => TierStatus.Expired,
        _ => Status,
    };

    /// <summary>认定 — only a live candidate can be certified, on a day within its candidacy.</summary>
    public void Certify(DateOnly certifiedOn, TierDefinition tier, DateOnly today, DateTimeOffset now)
    {
        switch (StatusOn(today))
        {
            case TierStatus.Certified:
                throw new AlreadyExistsException(RuleCodes.Tier.AlreadyCertified,
                    $"{CreditCode} is already certified as {TierCode} for {Year} (on {CertifiedOn:yyyy-MM-dd}).");
            case TierStatus.Revoked:
                throw new InvalidInputException([new("tier_record", RuleCodes.TierRecord.Revoked,
                    $"The {TierCode} record of {CreditCode} for {Year} was revoked; propose it again for another year.")]);
            case TierStatus.Expired:
                throw new InvalidInputException([new("tier_record", RuleCodes.Tier.CandidateExpired,
                    $"The {TierCode} candidacy of {CreditCode} for {Year} expired on {CandidacyExpiresOn:yyyy-MM-dd}; it can no longer be certified.")]);
        }

        if (certifiedOn > today)
        {
            throw new InvalidInputException([new("certified_on", RuleCodes.CertifiedOn.InFuture, $"The certification date {certifiedOn:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}).")]);
        }

        if (certifiedOn > CandidacyExpiresOn)
        {
            throw new InvalidInputException([new("certified_on", RuleCodes.Tier.CandidateExpired,
                $"The certification date {certifiedOn:yyyy-MM-dd} is after the candidacy expired ({CandidacyExpiresOn:yyyy-MM-dd}).")]);
        }

        Status = TierStatus.Certified;
        CertifiedOn = certifiedOn;
        ValidUntil = new DateOnly(Year + tier.ValidYears - 1, 12, 31);
        Version++;
        _history.Add(new(TierStatus.Certified, now, $"certified on {certifiedOn:yyyy-MM-dd}"));
    }

    /// <summary>撤销 — a candidacy or a certification; the history keeps what it was.</summary>
    public void Revoke(string? reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidInputException([new("reason", RuleCodes.RevocationReason.Required, "A revocation needs a reason (撤销原因).")]);
        }

        if (Status == TierStatus.Revoked)
        {
            throw new AlreadyExistsException(RuleCodes.Tier.AlreadyRevoked, $"The {TierCode} record of {CreditCode} for {Year} is already revoked.");
        }

        Status = TierStatus.Revoked;
        Version++;
        _history.Add(new(TierStatus.Revoked, now, reason.Trim()));
    }
}
