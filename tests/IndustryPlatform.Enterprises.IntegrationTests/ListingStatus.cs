using IndustryPlatform.Rules;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.UseCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryPlatform.Enterprises.IntegrationTests;

/// <summary>上市情况 through the use cases on a real PostgreSQL: registered, changed, searched, counted, and refused without a trace.</summary>
public sealed class ListingStatus(EnterprisesHost host) : IClassFixture<EnterprisesHost>
{
    private static readonly int Year = Scenario.ThisYear;

    private static CancellationToken None => TestContext.Current.CancellationToken;

    private static EnterpriseDetails Details(string name, ListingDetails? listing = null) =>
        new(name, null, "nantaihu", "C3974", "semiconductor", "1992-06-01", listing);

    private Task<RegistryEntry> RegisterAsync(string code, EnterpriseDetails details) =>
        host.UseAsync<RegisterEnterprise, RegistryEntry>(r => r.HandleAsync(new RegisterEnterpriseCommand(code, details), None));

    private Task<RegistryEntry> ChangeAsync(string code, int version, EnterpriseDetails details) =>
        host.UseAsync<ChangeEnterprise, RegistryEntry>(c => c.HandleAsync(new ChangeEnterpriseCommand(code, version, details), None));

    private Task<EnterprisePage> SearchAsync(string fragment, bool? listed) =>
        host.UseAsync<SearchEnterprises, EnterprisePage>(s => s.HandleAsync(new EnterpriseSearch(null, null, null, null, null, fragment, false, 1, 50, listed), None));

    [Fact]
    public async Task A_listed_registration_is_stored_read_back_and_found_by_the_listed_filter()
    {
        var fragment = $"上市{Random.Shared.Next(100_000, 999_999)}";
        var listed = Scenario.NewCreditCode();
        var unlisted = Scenario.NewCreditCode();

        var registered = await RegisterAsync(listed, Details($"{fragment}莱宝高科", ListingDetails.On("SZSE-MAIN", "002106", "2007-01-12")));
        await RegisterAsync(unlisted, Details($"{fragment}未上市科技"));
        var read = await host.UseAsync<GetEnterprise, GetEnterpriseResult>(g => g.HandleAsync(listed, None));
        var cached = await host.UseAsync<GetEnterprise, GetEnterpriseResult>(g => g.HandleAsync(listed, None));
        var onlyListed = await SearchAsync(fragment, true);
        var onlyUnlisted = await SearchAsync(fragment, false);
        var either = await SearchAsync(fragment, null);

        var expected = new ListingEntry(true, "szse-main", "深交所主板", "002106", new DateOnly(2007, 1, 12));
        Assert.Equal(expected, registered.Listing);
        Assert.Equal(expected, read.Enterprise.Listing);
        Assert.True(cached.FromCache);
        Assert.Equal(expected, cached.Enterprise.Listing);
        Assert.Equal([listed], onlyListed.Items.Select(i => i.CreditCode));
        Assert.Equal([unlisted], onlyUnlisted.Items.Select(i => i.CreditCode));
        Assert.Equal(2, either.TotalCount);
        Assert.Equal(new ListingEntry(false, null, null, null, null), onlyUnlisted.Items[0].Listing);
    }

    [Fact]
    public async Task A_change_of_listing_is_kept_in_the_history_announced_and_drops_the_cached_copy()
    {
        var code = Scenario.NewCreditCode();
        var name = $"湖州变更上市{Random.Shared.Next(100_000, 999_999)}有限公司";
        await RegisterAsync(code, Details(name));
        await host.UseAsync<GetEnterprise, GetEnterpriseResult>(g => g.HandleAsync(code, None));

        var listed = await ChangeAsync(code, 1, Details(name, ListingDetails.On("sse-star", "688819", "2021-01-18")));
        var read = await host.UseAsync<GetEnterprise, GetEnterpriseResult>(g => g.HandleAsync(code, None));
        var delisted = await ChangeAsync(code, 2, Details(name));
        var history = await host.UseAsync<GetEnterpriseHistory, IReadOnlyList<EnterpriseHistoryEntry>>(h => h.HandleAsync(code, None));

        Assert.Equal(2, listed.Version);
        Assert.False(read.FromCache);
        Assert.Equal("sse-star", read.Enterprise.Listing!.Exchange);
        Assert.False(delisted.Listing!.Listed);
        Assert.Equal(
            [("Registered", null, null), ("Changed", "sse-star", "688819"), ("Changed", null, null)],
            history.Select(h => (h.Kind, h.ListingExchange, h.StockCode)));
        var changed = await host.Events.WaitForAsync<EnterpriseChanged>(e => e.CreditCode == code && e.Version == 2);
        Assert.True(changed.IsActive);
    }

    [Fact]
    public async Task A_refused_registration_stores_nothing_and_announces_nothing()
    {
        var code = Scenario.NewCreditCode();

        var ex = await Assert.ThrowsAsync<InvalidInputException>(() =>
            RegisterAsync(code, Details("湖州拒绝上市登记有限公司", ListingDetails.On("szse-main", "300750", "1990-01-01"))));

        Assert.Equal(
            [("listing.stock_code", "stock-code.format"), ("listing.listed_on", "listed-on.before-founding")],
            ex.Violations.Select(v => (v.Field, v.Rule.Value)));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnterprisesDbContext>();
        var creditCode = CreditCode.Parse(code);
        Assert.False(await db.Enterprises.AnyAsync(e => e.CreditCode == creditCode, None));
        Assert.Equal(0, await OutboxMessagesAboutAsync(db, code));
    }

    [Fact]
    public async Task A_refused_change_leaves_the_enterprise_its_history_and_the_outbox_as_they_were()
    {
        var code = Scenario.NewCreditCode();
        var name = $"湖州拒绝变更{Random.Shared.Next(100_000, 999_999)}有限公司";
        await RegisterAsync(code, Details(name, ListingDetails.On("szse-main", "002594", "2011-06-30")));
        int outboxBefore;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            outboxBefore = await OutboxMessagesAboutAsync(scope.ServiceProvider.GetRequiredService<EnterprisesDbContext>(), code);
        }

        var ex = await Assert.ThrowsAsync<InvalidInputException>(() =>
            ChangeAsync(code, 1, Details(name, new ListingDetails(true, null, "002594", $"{Year + 1}-01-01"))));

        Assert.Equal(
            [("listing.exchange", "listing.exchange-required"), ("listing.listed_on", "listed-on.in-future")],
            ex.Violations.Select(v => (v.Field, v.Rule.Value)));
        await using var check = host.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<EnterprisesDbContext>();
        var creditCode = CreditCode.Parse(code);
        var stored = await db.Enterprises.AsNoTracking().SingleAsync(e => e.CreditCode == creditCode, None);
        Assert.Equal(1, stored.Version);
        Assert.Equal(("szse-main", "002594", new DateOnly(2011, 6, 30)), (stored.ListingExchange, stored.StockCode, stored.ListedOn));
        Assert.Single(stored.History);
        Assert.Equal(2, outboxBefore); // EnterpriseRegistered and ListingChanged
        Assert.Equal(outboxBefore, await OutboxMessagesAboutAsync(db, code));
    }

    [Fact]
    public async Task A_stock_code_belongs_to_one_active_enterprise()
    {
        var holder = Scenario.NewCreditCode();
        var second = Scenario.NewCreditCode();
        var other = Scenario.NewCreditCode();
        var listing = ListingDetails.On("sse-main", "603999", "2015-06-30");
        await RegisterAsync(holder, Details("湖州持有股票代码有限公司", listing));
        await RegisterAsync(other, Details("湖州另一家有限公司"));

        var twice = await Assert.ThrowsAsync<AlreadyExistsException>(() => RegisterAsync(second, Details("湖州重复股票代码有限公司", listing)));
        var changedOnto = await Assert.ThrowsAsync<AlreadyExistsException>(() => ChangeAsync(other, 1, Details("湖州另一家有限公司", listing)));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            // The partial unique index holds even when the check is bypassed, as by two registrations at the same moment.
            var db = scope.ServiceProvider.GetRequiredService<EnterprisesDbContext>();
            var reference = await db.LoadRegistryReferenceDataAsync(None);
            db.Enterprises.Add(Enterprise.Register(second, Details("湖州同时登记有限公司", listing), reference, TimeProvider.System));
            var raced = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(None));
            Assert.True(StockCodeHolder.IsTaken(raced));
        }

        await host.UseAsync<DeactivateEnterprise, RegistryEntry>(d => d.HandleAsync(new DeactivateEnterpriseCommand(holder, 1, "迁出"), None));
        var afterDeactivation = await RegisterAsync(second, Details("湖州重复股票代码有限公司", listing));

        Assert.Equal("stock-code.already-registered", twice.Rule);
        Assert.Contains(holder, twice.Message, StringComparison.Ordinal);
        Assert.Equal("stock-code.already-registered", changedOnto.Rule);
        Assert.Equal("603999", afterDeactivation.Listing!.StockCode);
        var stillUnlisted = await host.UseAsync<GetEnterprise, GetEnterpriseResult>(g => g.HandleAsync(other, None));
        Assert.Equal((1, false), (stillUnlisted.Enterprise.Version, stillUnlisted.Enterprise.Listing!.Listed));
    }

    [Fact]
    public async Task The_pyramid_counts_listings_new_this_year_and_cumulative_and_follows_changes()
    {
        await host.Services.GetRequiredService<PyramidCache>().InvalidateAsync();
        var before = await PyramidAsync(Year);
        var cached = await PyramidAsync(Year);
        var thisYear = Scenario.NewCreditCode();
        var lastYear = Scenario.NewCreditCode();
        await RegisterAsync(thisYear, Details("湖州今年上市有限公司", ListingDetails.On("szse-chinext", "301001", $"{Year}-01-01")));
        await RegisterAsync(lastYear, Details("湖州去年上市有限公司", ListingDetails.On("hkex", "2001", $"{Year - 1}-12-31")));
        var afterRegistration = await PyramidAsync(Year);
        await ChangeAsync(lastYear, 1, Details("湖州去年上市有限公司"));
        var afterDelisting = await PyramidAsync(Year);
        var previousYear = await PyramidAsync(Year - 1);

        Assert.True(cached.FromCache);
        Assert.False(afterRegistration.FromCache);
        Assert.False(afterDelisting.FromCache);
        var b = before.Pyramid.Listed!;
        var a = afterRegistration.Pyramid.Listed!;
        Assert.Equal((b.NewThisYear + 1, b.Cumulative + 2), (a.NewThisYear, a.Cumulative));
        Assert.Equal((b.NewThisYear + 1, b.Cumulative + 1), (afterDelisting.Pyramid.Listed!.NewThisYear, afterDelisting.Pyramid.Listed.Cumulative));
        Assert.DoesNotContain(previousYear.Pyramid.Listed!.Exchanges, e => e.Exchange == "hkex");
        var chinext = a.Exchanges.Single(e => e.Exchange == "szse-chinext");
        Assert.Equal("深交所创业板", chinext.NameZh);
        Assert.True(chinext.NewThisYear >= 1);
        Assert.True(a.Districts.Single(d => d.DistrictCode == "nantaihu").Cumulative >= 2);
    }

    /// <summary>The payload column is jsonb, so the rows are searched here rather than in SQL.</summary>
    private static async Task<int> OutboxMessagesAboutAsync(EnterprisesDbContext db, string code) =>
        (await db.Set<OutboxMessage>().AsNoTracking().Select(m => m.Payload).ToListAsync(None)).Count(p => p.Contains(code, StringComparison.Ordinal));

    private Task<GetPyramidResult> PyramidAsync(int year) =>
        host.UseAsync<GetPyramid, GetPyramidResult>(p => p.HandleAsync(year, None));
}
