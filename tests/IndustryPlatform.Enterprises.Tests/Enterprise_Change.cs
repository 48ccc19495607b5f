using IndustryPlatform.Rules;
using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Tests;

public sealed class Enterprise_Change
{
    private readonly FixedClock _clock = new(new DateTimeOffset(2025, 3, 1, 1, 30, 0, TimeSpan.Zero));

    private static readonly EnterpriseDetails Registered = new(
        "天能电池集团股份有限公司", "Tianneng Battery Group Co., Ltd.", "changxing", "C3841", "green-energy", "2003-03-13");

    private readonly Enterprise _enterprise;

    public Enterprise_Change() =>
        _enterprise = Enterprise.Register("913305007490121183", Registered, SeededReferenceData.Registry, _clock);

    [Fact]
    public void Replaces_the_particulars_and_moves_to_the_next_version()
    {
        var registeredAt = _enterprise.RegisteredAt;
        _clock.Advance(TimeSpan.FromDays(30));

        var changed = Change(1, Registered with { NameEn = "Tianneng Battery Group", ChainCode = "nev", IndustryCode = "C3849" });

        Assert.True(changed);
        Assert.Equal(2, _enterprise.Version);
        Assert.Equal("Tianneng Battery Group", _enterprise.NameEn);
        Assert.Equal("nev", _enterprise.ChainCode);
        Assert.Equal("C3849", _enterprise.IndustryCode);
        Assert.Equal(registeredAt, _enterprise.RegisteredAt);
        Assert.Equal(_clock.GetUtcNow(), _enterprise.ChangedAt);
    }

    [Fact]
    public void Counts_every_change()
    {
        Change(1, Registered with { DistrictCode = "anji" });
        Change(2, Registered with { DistrictCode = "deqing" });
        Change(3, Registered with { ChainCode = null });

        Assert.Equal(4, _enterprise.Version);
        Assert.Null(_enterprise.ChainCode);
    }

    [Fact]
    public void Leaves_the_version_alone_when_nothing_differs()
    {
        _clock.Advance(TimeSpan.FromHours(1));

        var changed = Change(1, Registered with { NameZh = " 天能电池集团股份有限公司 ", DistrictCode = "CHANGXING" });

        Assert.False(changed);
        Assert.Equal(1, _enterprise.Version);
        Assert.Equal(_enterprise.RegisteredAt, _enterprise.ChangedAt);
    }

    [Fact]
    public void Refuses_a_change_based_on_an_older_version()
    {
        Change(1, Registered with { NameEn = "Tianneng" });

        var ex = Assert.Throws<ConcurrencyConflictException>(() => Change(1, Registered with { NameEn = "Something else" }));

        Assert.Equal("enterprise.version-stale", ex.Rule);
        Assert.Equal("Tianneng", _enterprise.NameEn);
        Assert.Equal(2, _enterprise.Version);
    }

    [Fact]
    public void Refuses_a_change_based_on_a_version_not_reached_yet() =>
        Assert.Throws<ConcurrencyConflictException>(() => Change(7, Registered with { NameEn = "Tianneng" }));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Refuses_a_change_that_does_not_say_which_version_it_is_based_on(int expectedVersion)
    {
        var ex = Assert.Throws<InvalidInputException>(() => Change(expectedVersion, Registered with { NameEn = "Tianneng" }));

        var violation = Assert.Single(ex.Violations);
        Assert.Equal(("expected_version", "expected-version.required"), (violation.Field, violation.Rule));
    }

    [Fact]
    public void Refuses_a_founding_date_in_the_future_as_the_clock_sees_it()
    {
        Assert.Throws<InvalidInputException>(() => Change(1, Registered with { FoundedOn = "2025-03-02" }));

        _clock.Advance(TimeSpan.FromDays(1));

        Assert.True(Change(1, Registered with { FoundedOn = "2025-03-02" }));
    }

    [Fact]
    public void Reports_every_broken_rule_at_once_and_changes_nothing()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Change(1, new EnterpriseDetails(
            NameZh: new string('企', 201), NameEn: null, DistrictCode: null, IndustryCode: "C", ChainCode: "nope", FoundedOn: "2003-13-01")));

        Assert.Equal(
            [
                ("name_zh", "name-zh.too-long"),
                ("district_code", "district.required"),
                ("industry_code", "industry-code.format"),
                ("chain_code", "chain.unknown"),
                ("founded_on", "founded-on.format"),
            ],
            ex.Violations.Select(v => (v.Field, v.Rule.Value)));
        Assert.Equal("天能电池集团股份有限公司", _enterprise.NameZh);
        Assert.Equal("changxing", _enterprise.DistrictCode);
        Assert.Equal(1, _enterprise.Version);
    }

    [Fact]
    public void Reports_bad_input_before_a_stale_version()
    {
        Change(1, Registered with { NameEn = "Tianneng" });

        Assert.Throws<InvalidInputException>(() => Change(1, Registered with { NameZh = "" }));
    }

    private bool Change(int expectedVersion, EnterpriseDetails details) =>
        _enterprise.Change(expectedVersion, details, SeededReferenceData.Registry, _clock);
}
