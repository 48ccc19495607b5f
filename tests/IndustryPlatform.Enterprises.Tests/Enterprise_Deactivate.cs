using IndustryPlatform.Rules;
using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Tests;

public sealed class Enterprise_Deactivate
{
    private readonly FixedClock _clock = new(new DateTimeOffset(2025, 3, 1, 1, 30, 0, TimeSpan.Zero));

    private static readonly EnterpriseDetails Registered = new(
        "天能电池集团股份有限公司", null, "changxing", "C3841", "green-energy", "2003-03-13");

    private readonly Enterprise _enterprise;

    public Enterprise_Deactivate() =>
        _enterprise = Enterprise.Register("913305007490121183", Registered, SeededReferenceData.Registry, _clock);

    [Fact]
    public void Deactivation_moves_to_the_next_version_and_is_kept_in_the_history()
    {
        _enterprise.Change(1, Registered with { NameEn = "Tianneng Battery" }, SeededReferenceData.Registry, _clock);

        _enterprise.Deactivate(2, " 迁出 ", _clock);

        Assert.False(_enterprise.IsActive);
        Assert.Equal("迁出", _enterprise.DeactivationReason);
        Assert.Equal(3, _enterprise.Version);
        Assert.Equal(["Registered", "Changed", "Deactivated"], _enterprise.History.Select(h => h.Kind));
        Assert.Equal([1, 2, 3], _enterprise.History.Select(h => h.Version));
        Assert.Null(_enterprise.History[0].NameEn);
        Assert.Equal("Tianneng Battery", _enterprise.History[1].NameEn);
    }

    [Fact]
    public void Needs_a_reason_and_the_version_read()
    {
        var refused = Assert.Throws<InvalidInputException>(() => _enterprise.Deactivate(0, "", _clock));

        Assert.Equal(["expected-version.required", "deactivation-reason.required"], refused.Violations.Select(v => v.Rule.Value));
        Assert.True(_enterprise.IsActive);
    }

    [Fact]
    public void A_stale_version_is_a_conflict() =>
        Assert.Equal("enterprise.version-stale", Assert.Throws<ConcurrencyConflictException>(() => _enterprise.Deactivate(5, "注销", _clock)).Rule);

    [Fact]
    public void A_deactivated_enterprise_cannot_be_deactivated_again_or_changed()
    {
        _enterprise.Deactivate(1, "注销", _clock);

        Assert.Equal("enterprise.already-deactivated", Assert.Throws<AlreadyExistsException>(() => _enterprise.Deactivate(2, "注销", _clock)).Rule);
        var refused = Assert.Throws<InvalidInputException>(() => _enterprise.Change(2, Registered with { NameEn = "x" }, SeededReferenceData.Registry, _clock));
        Assert.Equal("enterprise.deactivated", Assert.Single(refused.Violations).Rule);
    }
}
