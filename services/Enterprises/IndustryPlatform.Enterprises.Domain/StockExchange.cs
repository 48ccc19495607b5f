using System.Text.RegularExpressions;

namespace IndustryPlatform.Enterprises.Domain;

/// <summary>
/// 上市板块 — where an enterprise's shares are listed, with the form its stock codes take there. 新三板 (NEEQ) is not here:
/// a quotation there is 挂牌, not 上市, and the bureau does not count it as listed.
/// </summary>
public sealed class StockExchange
{
    public static readonly StockExchange ShanghaiMain = new("sse-main", "上交所主板", "Shanghai Stock Exchange main board",
        "^60[0135][0-9]{3}$", "six digits starting 600, 601, 603 or 605 (e.g. 600031)");

    public static readonly StockExchange ShanghaiStar = new("sse-star", "上交所科创板", "Shanghai STAR Market",
        "^68[89][0-9]{3}$", "six digits starting 688 or 689 (e.g. 688819)", new DateOnly(2019, 7, 22));

    /// <summary>Includes the former SME board (中小板, 002xxx), merged into the main board in 2021.</summary>
    public static readonly StockExchange ShenzhenMain = new("szse-main", "深交所主板", "Shenzhen Stock Exchange main board",
        "^00[0-3][0-9]{3}$", "six digits starting 000, 001, 002 or 003 (e.g. 002106)");

    public static readonly StockExchange ShenzhenChiNext = new("szse-chinext", "深交所创业板", "Shenzhen ChiNext",
        "^30[01][0-9]{3}$", "six digits starting 300 or 301 (e.g. 300750)", new DateOnly(2009, 10, 30));

    public static readonly StockExchange Beijing = new("bse", "北交所", "Beijing Stock Exchange",
        "^(43|8[3-9]|92)[0-9]{4}$", "six digits starting 43, 83–89 or 92 (e.g. 920001)", new DateOnly(2021, 11, 15));

    /// <summary>Codes are five digits with leading zeros; four-digit codes as often written are padded.</summary>
    public static readonly StockExchange HongKong = new("hkex", "港交所", "Hong Kong Stock Exchange",
        "^[0-9]{5}$", "four or five digits (e.g. 00819)");

    public static readonly StockExchange Overseas = new("overseas", "境外上市", "Listed abroad (NASDAQ, NYSE, …)",
        "^[A-Z0-9][A-Z0-9.\\-]{0,9}$", "a ticker of up to ten letters, digits, dots or hyphens (e.g. NIO)");

    public static readonly IReadOnlyList<StockExchange> All =
        [ShanghaiMain, ShanghaiStar, ShenzhenMain, ShenzhenChiNext, Beijing, HongKong, Overseas];

    private readonly Regex _stockCode;

    private StockExchange(string code, string nameZh, string nameEn, string stockCodePattern, string stockCodeForm, DateOnly? openedOn = null)
    {
        OpenedOn = openedOn;
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        StockCodeForm = stockCodeForm;
        _stockCode = new Regex(stockCodePattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public string Code { get; }

    public string NameZh { get; }

    public string NameEn { get; }

    /// <summary>What a stock code on this exchange looks like, for the message that refuses one.</summary>
    public string StockCodeForm { get; }

    /// <summary>The board's first trading day, for the boards young enough for it to matter (科创板, 创业板, 北交所).</summary>
    public DateOnly? OpenedOn { get; }

    public static StockExchange? Find(string? code) =>
        All.FirstOrDefault(e => string.Equals(e.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The code as this exchange writes it (upper case; Hong Kong padded to five digits), or null when it is not one of its codes.</summary>
    public string? NormaliseStockCode(string stockCode)
    {
        var code = stockCode.Trim().ToUpperInvariant();
        if (this == HongKong && code.Length == 4 && code.All(char.IsAsciiDigit))
        {
            code = "0" + code;
        }

        return _stockCode.IsMatch(code) ? code : null;
    }

    public override string ToString() => Code;
}
