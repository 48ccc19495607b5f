using IndustryPlatform.Rules;
using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Tests;

/// <summary>上市情况: set at registration, changed like any other particular, refused by named rules.</summary>
public sealed class Enterprise_Listing
{
    private const string Laibao = "913305007490121183";

    /// <summary>2025-03-01 09:30 in Huzhou.</summary>
    private readonly FixedClock _clock = new(new DateTimeOffset(2025, 3, 1, 1, 30, 0, TimeSpan.Zero));

    private static readonly EnterpriseDetails Unlisted = new(
        "莱宝高科(湖州)有限公司", "Laibao Hi-Tech (Huzhou)", "nantaihu", "C3974", "semiconductor", "1992-06-01");

    private static readonly EnterpriseDetails Listed = Unlisted with { Listing = ListingDetails.On("szse-main", "002106", "2007-01-12") };

    [Fact]
    public void An_enterprise_registered_without_a_listing_is_not_listed()
    {
        var enterprise = Register(Unlisted);

        Assert.False(enterprise.IsListed);
        Assert.Equal(Listing.None, enterprise.Listing);
        Assert.Null(enterprise.ListingExchange);
        Assert.Null(enterprise.StockCode);
        Assert.Null(enterprise.ListedOn);
    }

    [Fact]
    public void Listed_false_with_nothing_else_is_not_listed()
    {
        Assert.False(Register(Unlisted with { Listing = new ListingDetails(false, " ", null, "") }).IsListed);
    }

    [Fact]
    public void Registers_a_listed_enterprise_with_exchange_stock_code_and_date()
    {
        var enterprise = Register(Listed);

        Assert.True(enterprise.IsListed);
        Assert.Equal("szse-main", enterprise.ListingExchange);
        Assert.Same(StockExchange.ShenzhenMain, enterprise.Listing.Exchange);
        Assert.Equal("002106", enterprise.StockCode);
        Assert.Equal(new DateOnly(2007, 1, 12), enterprise.ListedOn);
        Assert.Equal("szse-main", Assert.Single(enterprise.History).ListingExchange);
    }

    [Theory]
    [InlineData(" SZSE-Main ", "002106", "szse-main", "002106")]
    [InlineData("hkex", "0819", "hkex", "00819")]      // four digits as often written, padded to five
    [InlineData("hkex", " 00819 ", "hkex", "00819")]
    [InlineData("overseas", "nio", "overseas", "NIO")]
    [InlineData("overseas", "brk.b", "overseas", "BRK.B")]
    public void Normalises_the_exchange_and_stock_code(string exchange, string stockCode, string expectedExchange, string expectedCode)
    {
        var enterprise = Register(Unlisted with { Listing = ListingDetails.On(exchange, stockCode, "2010-05-04") });

        Assert.Equal(expectedExchange, enterprise.ListingExchange);
        Assert.Equal(expectedCode, enterprise.StockCode);
    }

    [Theory]
    [InlineData("sse-main", "600031")]
    [InlineData("sse-main", "601012")]
    [InlineData("sse-main", "603225")]
    [InlineData("sse-main", "605117")]
    [InlineData("sse-star", "688819")]
    [InlineData("sse-star", "689009")]
    [InlineData("szse-main", "000001")]
    [InlineData("szse-main", "001979")]
    [InlineData("szse-main", "002106")]
    [InlineData("szse-main", "003816")]
    [InlineData("szse-chinext", "300750")]
    [InlineData("szse-chinext", "301236")]
    [InlineData("bse", "430047")]
    [InlineData("bse", "832000")]
    [InlineData("bse", "920001")]
    [InlineData("hkex", "00700")]
    public void Accepts_a_stock_code_of_the_exchanges_form(string exchange, string stockCode)
    {
        var enterprise = Register(Unlisted with { Listing = ListingDetails.On(exchange, stockCode, "2022-06-30") });

        Assert.Equal(stockCode, enterprise.StockCode);
    }

    [Theory]
    [InlineData("sse-main", "602001")]    // 602 is not a Shanghai main-board range
    [InlineData("sse-main", "688819")]    // a STAR code on the main board
    [InlineData("sse-main", "60003")]
    [InlineData("sse-star", "600031")]
    [InlineData("szse-main", "004001")]
    [InlineData("szse-main", "300750")]   // a ChiNext code on the main board
    [InlineData("szse-main", "00210A")]
    [InlineData("szse-chinext", "302001")]
    [InlineData("bse", "600031")]
    [InlineData("hkex", "700")]
    [InlineData("hkex", "007000")]
    [InlineData("overseas", "TOO-LONG-TICKER")]
    [InlineData("overseas", "股票")]
    public void Refuses_a_stock_code_not_of_the_exchanges_form(string exchange, string stockCode)
    {
        var violation = AssertRefused(Unlisted with { Listing = ListingDetails.On(exchange, stockCode, "2022-06-30") },
            "listing.stock_code", "stock-code.format");

        Assert.Contains(StockExchange.Find(exchange)!.NameZh, violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Refuses_a_listed_enterprise_without_an_exchange(string? exchange) =>
        AssertRefused(Unlisted with { Listing = new ListingDetails(true, exchange, "002106", "2007-01-12") }, "listing.exchange", "listing.exchange-required");

    [Theory]
    [InlineData("neeq")]      // 新三板 is 挂牌, not 上市
    [InlineData("szse-sme")]  // the SME board merged into the main board in 2021
    [InlineData("nasdaq")]
    public void Refuses_an_exchange_the_registry_does_not_know(string exchange)
    {
        var violation = AssertRefused(Unlisted with { Listing = ListingDetails.On(exchange, "002106", "2007-01-12") },
            "listing.exchange", "listing.exchange-unknown");

        Assert.Contains("szse-main (深交所主板)", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_listed_enterprise_without_a_stock_code() =>
        AssertRefused(Unlisted with { Listing = new ListingDetails(true, "szse-main", null, "2007-01-12") }, "listing.stock_code", "stock-code.required");

    [Fact]
    public void Refuses_a_listed_enterprise_without_a_listing_date() =>
        AssertRefused(Unlisted with { Listing = new ListingDetails(true, "szse-main", "002106", "") }, "listing.listed_on", "listed-on.required");

    [Theory]
    [InlineData("2007/01/12")]
    [InlineData("2007-02-30")]
    [InlineData("12 January 2007")]
    public void Refuses_a_listing_date_not_in_ISO_form(string listedOn) =>
        AssertRefused(Unlisted with { Listing = ListingDetails.On("szse-main", "002106", listedOn) }, "listing.listed_on", "listed-on.format");

    [Fact]
    public void Refuses_a_listing_date_after_today_in_Huzhou() =>
        AssertRefused(Unlisted with { Listing = ListingDetails.On("szse-main", "002106", "2025-03-02") }, "listing.listed_on", "listed-on.in-future");

    [Fact]
    public void Accepts_a_listing_date_of_today_in_Huzhou()
    {
        // 2025-03-01 17:00 UTC is already 2 March in Huzhou.
        var clock = new FixedClock(new DateTimeOffset(2025, 3, 1, 17, 0, 0, TimeSpan.Zero));

        var enterprise = Enterprise.Register(Laibao, Unlisted with { Listing = ListingDetails.On("szse-main", "002106", "2025-03-02") },
            SeededReferenceData.Registry, clock);

        Assert.Equal(new DateOnly(2025, 3, 2), enterprise.ListedOn);
    }

    [Fact]
    public void Refuses_a_listing_date_before_the_founding_date()
    {
        var violation = AssertRefused(Listed with { FoundedOn = "2007-01-13" }, "listing.listed_on", "listed-on.before-founding");

        Assert.Contains("2007-01-13", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_a_listing_on_the_founding_day_and_any_date_when_the_founding_date_is_unknown()
    {
        Assert.Equal(new DateOnly(2007, 1, 12), Register(Listed with { FoundedOn = "2007-01-12" }).ListedOn);
        Assert.Equal(new DateOnly(2007, 1, 12), Register(Listed with { FoundedOn = null }).ListedOn);
    }

    [Theory]
    [InlineData("sse-star", "688819", "2019-07-21", "2019-07-22")]
    [InlineData("szse-chinext", "300750", "2009-10-29", "2009-10-30")]
    [InlineData("bse", "920001", "2021-11-14", "2021-11-15")]
    public void Refuses_a_listing_before_the_board_opened(string exchange, string stockCode, string dayBefore, string openingDay)
    {
        AssertRefused(Unlisted with { Listing = ListingDetails.On(exchange, stockCode, dayBefore) }, "listing.listed_on", "listed-on.before-exchange-opened");
        Assert.Equal(DateOnly.Parse(openingDay, System.Globalization.CultureInfo.InvariantCulture),
            Register(Unlisted with { Listing = ListingDetails.On(exchange, stockCode, openingDay) }).ListedOn);
    }

    [Theory]
    [InlineData("szse-main", null, null)]
    [InlineData(null, "002106", null)]
    [InlineData(null, null, "2007-01-12")]
    public void Refuses_listing_details_for_an_enterprise_marked_not_listed(string? exchange, string? stockCode, string? listedOn) =>
        AssertRefused(Unlisted with { Listing = new ListingDetails(false, exchange, stockCode, listedOn) }, "listing.listed", "listing.details-without-listing");

    [Fact]
    public void Names_every_broken_listing_rule_at_once_with_the_other_particulars()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Register(Unlisted with
        {
            NameZh = "",
            Listing = new ListingDetails(true, "szse-main", "300750", null),
        }));

        Assert.Equal(
            [("name_zh", "name-zh.required"), ("listing.stock_code", "stock-code.format"), ("listing.listed_on", "listed-on.required")],
            ex.Violations.Select(v => (v.Field, v.Rule.Value)));
    }

    [Fact]
    public void A_founding_date_that_is_itself_refused_does_not_also_refuse_the_listing_date()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Register(Listed with { FoundedOn = "2030-01-01" }));

        Assert.Equal([("founded_on", "founded-on.in-future")], ex.Violations.Select(v => (v.Field, v.Rule.Value)));
    }

    [Fact]
    public void A_change_lists_an_enterprise_and_keeps_each_version_in_the_history()
    {
        var enterprise = Register(Unlisted);
        _clock.Advance(TimeSpan.FromDays(1));

        Assert.True(enterprise.Change(1, Listed, SeededReferenceData.Registry, _clock));
        Assert.True(enterprise.Change(2, Listed with { Listing = ListingDetails.On("szse-main", "002106", "2007-01-15") }, SeededReferenceData.Registry, _clock));
        Assert.True(enterprise.Change(3, Unlisted, SeededReferenceData.Registry, _clock));

        Assert.Equal(4, enterprise.Version);
        Assert.False(enterprise.IsListed);
        Assert.Equal(
            [(1, null, null), (2, "szse-main", new DateOnly(2007, 1, 12)), (3, "szse-main", new DateOnly(2007, 1, 15)), (4, null, (DateOnly?)null)],
            enterprise.History.Select(h => (h.Version, h.ListingExchange, h.ListedOn)));
        Assert.Equal("002106", enterprise.History[1].StockCode);
    }

    [Fact]
    public void A_change_that_states_the_same_listing_differently_changes_nothing()
    {
        var enterprise = Register(Listed);

        var changed = enterprise.Change(1, Unlisted with { Listing = ListingDetails.On(" SZSE-MAIN ", " 002106 ", "2007-01-12") },
            SeededReferenceData.Registry, _clock);

        Assert.False(changed);
        Assert.Equal(1, enterprise.Version);
    }

    [Fact]
    public void A_refused_listing_leaves_the_enterprise_as_it_was()
    {
        var enterprise = Register(Listed);

        Assert.Throws<InvalidInputException>(() =>
            enterprise.Change(1, Unlisted with { Listing = ListingDetails.On("szse-main", "300750", "2007-01-12") }, SeededReferenceData.Registry, _clock));

        Assert.Equal(1, enterprise.Version);
        Assert.Equal("002106", enterprise.StockCode);
        Assert.Single(enterprise.History);
    }

    private Enterprise Register(EnterpriseDetails details) => Enterprise.Register(Laibao, details, SeededReferenceData.Registry, _clock);

    private RuleViolation AssertRefused(EnterpriseDetails details, string field, string rule)
    {
        var ex = Assert.Throws<InvalidInputException>(() => Register(details));
        var violation = Assert.Single(ex.Violations);
        Assert.Equal((field, rule), (violation.Field, violation.Rule));
        return violation;
    }
}
