using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Events;

/// <summary>What the registry publishes: the whole new state of the enterprise, so consumers need not call back.</summary>
internal static class EnterpriseEvents
{
    public static EnterpriseRegistered ToRegisteredEvent(this Enterprise e) => new(
        e.CreditCode.Value, e.NameZh, e.NameEn, e.DistrictCode, e.IndustryCode, e.ChainCode, e.FoundedOn, e.Version, e.RegisteredAt);

    /// <summary>上市情况事实 — the listing as it stands after a committed change, at the enterprise's version.</summary>
    public static ListingChanged ToListingChangedEvent(this Enterprise e) => new(
        e.CreditCode.Value, e.Version, e.NameZh, e.DistrictCode, e.ListingExchange, e.StockCode, e.ListedOn, e.IsActive, e.IsDemo, e.ChangedAt);

    public static EnterpriseChanged ToChangedEvent(this Enterprise e) => new(
        e.CreditCode.Value, e.NameZh, e.NameEn, e.DistrictCode, e.IndustryCode, e.ChainCode, e.FoundedOn, e.Version, e.ChangedAt, e.IsActive);
}
