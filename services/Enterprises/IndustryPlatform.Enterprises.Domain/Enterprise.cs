using IndustryPlatform.Rules;

namespace IndustryPlatform.Enterprises.Domain;

/// <summary>企业 — an enterprise in the city's registry, identified by its unified social credit code.</summary>
public sealed class Enterprise
{
    private readonly List<EnterpriseHistoryEntry> _history = [];

    private Enterprise()
    {
    }

    public CreditCode CreditCode { get; private set; } = null!;

    /// <summary>企业名称</summary>
    public string NameZh { get; private set; } = null!;

    public string? NameEn { get; private set; }

    /// <summary>所属区县 — one of the city's districts in the regions reference table.</summary>
    public string DistrictCode { get; private set; } = null!;

    /// <summary>国民经济行业代码 (GB/T 4754), e.g. C3841.</summary>
    public string IndustryCode { get; private set; } = null!;

    /// <summary>所属产业链; null when the enterprise is in none.</summary>
    public string? ChainCode { get; private set; }

    /// <summary>成立日期; null when unknown.</summary>
    public DateOnly? FoundedOn { get; private set; }

    /// <summary>上市板块 (a <see cref="StockExchange"/> code); null when not listed.</summary>
    public string? ListingExchange { get; private set; }

    /// <summary>股票代码, as the exchange writes it; null when not listed.</summary>
    public string? StockCode { get; private set; }

    /// <summary>上市日期; null when not listed.</summary>
    public DateOnly? ListedOn { get; private set; }

    public Listing Listing => new(StockExchange.Find(ListingExchange), StockCode, ListedOn);

    public bool IsListed => ListingExchange is not null;

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>False once deactivated (注销, 迁出): kept for its history, left out of searches and yearly runs.</summary>
    public bool IsActive { get; private set; } = true;

    public string? DeactivationReason { get; private set; }

    /// <summary>Invented demonstration data (seeds/demo-enterprises.json), not a real registration.</summary>
    public bool IsDemo { get; private set; }

    /// <summary>Every version, oldest first.</summary>
    public IReadOnlyList<EnterpriseHistoryEntry> History => _history;

    /// <summary>1 when registered, one more for every change; a change must name the version it was based on.</summary>
    public int Version { get; private set; }

    /// <summary>企业登记 — refuses with every broken rule at once (<see cref="InvalidInputException"/>).</summary>
    public static Enterprise Register(string? creditCode, EnterpriseDetails details, RegistryReferenceData reference, TimeProvider clock)
    {
        var violations = new List<RuleViolation>();
        if (!CreditCode.TryParse(creditCode, out var code, out var codeViolation))
        {
            violations.Add(codeViolation);
        }

        var particulars = details.Validate(reference, clock, violations);
        if (code is null || particulars is null)
        {
            throw new InvalidInputException(violations);
        }

        var now = HuzhouCalendar.Now(clock);
        var enterprise = new Enterprise { CreditCode = code, RegisteredAt = now, ChangedAt = now, Version = 1 };
        enterprise.Apply(particulars);
        enterprise.Remember("Registered", now, null);
        return enterprise;
    }

    /// <summary>Marks an enterprise of the demo data; only the demo seeder does. Not a change of the particulars: the version stays.</summary>
    public void MarkAsDemo() => IsDemo = true;

    /// <summary>
    /// 信息变更 — replaces the particulars. Refuses bad input with every broken rule at once, and a change based on
    /// an older version with <see cref="ConcurrencyConflictException"/>. Returns false, and keeps the version, when
    /// nothing differs.
    /// </summary>
    public bool Change(int expectedVersion, EnterpriseDetails details, RegistryReferenceData reference, TimeProvider clock)
    {
        var violations = new List<RuleViolation>();
        if (expectedVersion < 1)
        {
            violations.Add(new("expected_version", RuleCodes.ExpectedVersion.Required,
                "The version the change is based on (expected_version, from the last read) is required."));
        }

        var particulars = details.Validate(reference, clock, violations);
        if (particulars is null || violations.Count > 0)
        {
            throw new InvalidInputException(violations);
        }

        if (!IsActive)
        {
            throw new InvalidInputException([new("credit_code", RuleCodes.Enterprise.Deactivated,
                $"Enterprise {CreditCode} was deactivated ({DeactivationReason}); it can no longer be changed.")]);
        }

        if (expectedVersion != Version)
        {
            throw new ConcurrencyConflictException(RuleCodes.Enterprise.VersionStale,
                $"Enterprise {CreditCode} is at version {Version}; the change was based on version {expectedVersion}. Read it again and reapply the change.");
        }

        if (particulars == Particulars)
        {
            return false;
        }

        Apply(particulars);
        ChangedAt = HuzhouCalendar.Now(clock);
        Version++;
        Remember("Changed", ChangedAt, null);
        return true;
    }

    /// <summary>注销 — the enterprise leaves the registry's active list; its figures and tiers stay as history.</summary>
    public void Deactivate(int expectedVersion, string? reason, TimeProvider clock)
    {
        var violations = new List<RuleViolation>();
        if (expectedVersion < 1)
        {
            violations.Add(new("expected_version", RuleCodes.ExpectedVersion.Required,
                "The version the change is based on (expected_version, from the last read) is required."));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            violations.Add(new("reason", RuleCodes.DeactivationReason.Required, "A deactivation needs a reason (e.g. 注销, 迁出)."));
        }
        else if (reason.Trim().Length > 200)
        {
            violations.Add(new("reason", RuleCodes.DeactivationReason.TooLong, "The reason has more than 200 characters."));
        }

        if (violations.Count > 0)
        {
            throw new InvalidInputException(violations);
        }

        if (!IsActive)
        {
            throw new AlreadyExistsException(RuleCodes.Enterprise.AlreadyDeactivated, $"Enterprise {CreditCode} is already deactivated ({DeactivationReason}).");
        }

        if (expectedVersion != Version)
        {
            throw new ConcurrencyConflictException(RuleCodes.Enterprise.VersionStale,
                $"Enterprise {CreditCode} is at version {Version}; the deactivation was based on version {expectedVersion}. Read it again.");
        }

        IsActive = false;
        DeactivationReason = reason!.Trim();
        ChangedAt = HuzhouCalendar.Now(clock);
        Version++;
        Remember("Deactivated", ChangedAt, DeactivationReason);
    }

    private void Remember(string kind, DateTimeOffset at, string? note) =>
        _history.Add(new(Version, kind, at, NameZh, NameEn, DistrictCode, IndustryCode, ChainCode, FoundedOn, note, ListingExchange, StockCode, ListedOn));

    private EnterpriseParticulars Particulars => new(NameZh, NameEn, DistrictCode, IndustryCode, ChainCode, FoundedOn, Listing);

    private void Apply(EnterpriseParticulars particulars)
    {
        NameZh = particulars.NameZh;
        NameEn = particulars.NameEn;
        DistrictCode = particulars.DistrictCode;
        IndustryCode = particulars.IndustryCode;
        ChainCode = particulars.ChainCode;
        FoundedOn = particulars.FoundedOn;
        ListingExchange = particulars.Listing.Exchange?.Code;
        StockCode = particulars.Listing.StockCode;
        ListedOn = particulars.Listing.ListedOn;
    }
}
