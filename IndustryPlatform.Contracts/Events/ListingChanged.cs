namespace IndustryPlatform.Contracts.Events;

/// <summary>
/// 上市情况事实 — an enterprise's listing status as it stands, published after every committed change to the
/// enterprise that touches it (and again when a resync is requested). <see cref="Version"/> is the enterprise's version;
/// a consumer keeps the highest per enterprise.
/// </summary>
/// <param name="Exchange">The board's code (e.g. "sse-main", "szse-chinext"); null when not listed.</param>
/// <param name="IsActive">False once the enterprise is deactivated.</param>
/// <param name="IsDemo">Invented demonstration data.</param>
public sealed record ListingChanged(
    string CreditCode,
    int Version,
    string EnterpriseNameZh,
    string DistrictCode,
    string? Exchange,
    string? StockCode,
    DateOnly? ListedOn,
    bool IsActive,
    bool IsDemo,
    DateTimeOffset ChangedAt);
