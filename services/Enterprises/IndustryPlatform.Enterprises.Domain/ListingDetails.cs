using System.Globalization;
using IndustryPlatform.Rules;

namespace IndustryPlatform.Enterprises.Domain;

/// <summary>上市情况 — as submitted. Absent, or <paramref name="Listed"/> false with nothing else, means not listed.</summary>
/// <param name="Exchange">A <see cref="StockExchange"/> code, e.g. <c>szse-main</c>.</param>
/// <param name="ListedOn">上市日期, ISO 8601 <c>yyyy-MM-dd</c>.</param>
public sealed record ListingDetails(bool Listed, string? Exchange, string? StockCode, string? ListedOn)
{
    public const string ExchangeField = "listing.exchange";
    public const string StockCodeField = "listing.stock_code";
    public const string ListedOnField = "listing.listed_on";
    public const string ListedField = "listing.listed";

    public static readonly ListingDetails NotListed = new(false, null, null, null);

    public static ListingDetails On(string exchange, string stockCode, string listedOn) => new(true, exchange, stockCode, listedOn);

    /// <summary>
    /// Checks every listing rule and adds each one broken to <paramref name="violations"/>. <paramref name="foundedOn"/> is
    /// the founding date that passed its own rules (null when unknown or itself refused): a listing cannot precede it.
    /// </summary>
    internal Listing? Validate(DateOnly today, DateOnly? foundedOn, List<RuleViolation> violations)
    {
        var exchangeText = Blank(Exchange);
        var stockCodeText = Blank(StockCode);
        var listedOnText = Blank(ListedOn);

        if (!Listed)
        {
            if (exchangeText is not null || stockCodeText is not null || listedOnText is not null)
            {
                violations.Add(new(ListedField, RuleCodes.Listing.DetailsWithoutListing,
                    "An exchange, stock code or listing date was given for an enterprise marked as not listed; set listed to true or leave them out."));
                return null;
            }

            return Listing.None;
        }

        var before = violations.Count;
        StockExchange? exchange = null;
        if (exchangeText is null)
        {
            violations.Add(new(ExchangeField, RuleCodes.Listing.ExchangeRequired, "A listed enterprise needs its exchange (上市板块)."));
        }
        else if ((exchange = StockExchange.Find(exchangeText)) is null)
        {
            violations.Add(new(ExchangeField, RuleCodes.Listing.ExchangeUnknown,
                $"'{exchangeText}' is not an exchange the registry knows: {string.Join(", ", StockExchange.All.Select(e => $"{e.Code} ({e.NameZh})"))}."));
        }

        string? stockCode = null;
        if (stockCodeText is null)
        {
            violations.Add(new(StockCodeField, RuleCodes.StockCode.Required, "A listed enterprise needs its stock code (股票代码)."));
        }
        else if (exchange is not null && (stockCode = exchange.NormaliseStockCode(stockCodeText)) is null)
        {
            violations.Add(new(StockCodeField, RuleCodes.StockCode.Format,
                $"'{stockCodeText}' is not a {exchange.NameZh} stock code: {exchange.StockCodeForm}."));
        }

        DateOnly? listedOn = null;
        if (listedOnText is null)
        {
            violations.Add(new(ListedOnField, RuleCodes.ListedOn.Required, "A listed enterprise needs its listing date (上市日期)."));
        }
        else if (!IsoDate.TryParse(listedOnText, out var date))
        {
            violations.Add(new(ListedOnField, RuleCodes.ListedOn.Format, $"'{listedOnText}' is not a date in the form yyyy-MM-dd."));
        }
        else if (date > today)
        {
            violations.Add(new(ListedOnField, RuleCodes.ListedOn.InFuture, $"The listing date {listedOnText} is after today ({today:yyyy-MM-dd})."));
        }
        else if (exchange?.OpenedOn is { } opened && date < opened)
        {
            violations.Add(new(ListedOnField, RuleCodes.ListedOn.BeforeExchangeOpened,
                $"The listing date {listedOnText} is before {exchange.NameZh} opened ({opened:yyyy-MM-dd})."));
        }
        else if (foundedOn is { } founded && date < founded)
        {
            violations.Add(new(ListedOnField, RuleCodes.ListedOn.BeforeFounding,
                $"The listing date {listedOnText} is before the founding date {founded:yyyy-MM-dd}."));
        }
        else
        {
            listedOn = date;
        }

        return violations.Count == before ? new Listing(exchange, stockCode, listedOn) : null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
