using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Api;

/// <summary>
/// 上市情况 in a registration or change body, e.g. <c>{"listed": true, "exchange": "szse-main", "stockCode": "002106",
/// "listedOn": "2007-01-12"}</c>. Left out: not listed. A missing <c>listed</c> counts as false, so details sent without it are refused.
/// </summary>
public sealed record ListingBody(bool? Listed = null, string? Exchange = null, string? StockCode = null, string? ListedOn = null)
{
    public ListingDetails Details() => new(Listed ?? false, Exchange, StockCode, ListedOn);
}
