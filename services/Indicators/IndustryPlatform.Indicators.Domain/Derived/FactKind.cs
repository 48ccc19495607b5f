namespace IndustryPlatform.Indicators.Domain.Derived;

/// <summary>Which registry's records a derived indicator counts.</summary>
public enum FactKind
{
    /// <summary>工业项目 (Projects).</summary>
    Projects,
    /// <summary>梯度培育记录 (Enterprises' tier records).</summary>
    Tiers,
    /// <summary>上市情况 (Enterprises' listings).</summary>
    Listings,
}
