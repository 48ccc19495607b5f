using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>上市情况 as callers see it: <paramref name="Listed"/> false and the rest null, or listed with all of it.</summary>
/// <param name="ExchangeNameZh">e.g. 深交所主板.</param>
public sealed record ListingEntry(bool Listed, string? Exchange, string? ExchangeNameZh, string? StockCode, DateOnly? ListedOn)
{
    public static ListingEntry From(Listing listing) => new(
        listing.IsListed, listing.Exchange?.Code, listing.Exchange?.NameZh, listing.StockCode, listing.ListedOn);
}
