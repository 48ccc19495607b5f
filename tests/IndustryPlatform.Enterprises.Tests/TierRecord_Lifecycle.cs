using IndustryPlatform.Rules;
using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Tests;

public sealed class TierRecord_Lifecycle
{
    private static readonly DateTimeOffset Now = new(2024, 11, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2024, 11, 1);
    private static readonly TierDefinition Elephant = SeededCatalogue.Tier("golden-elephant");

    private static TierRecord Candidate(int year = 2024) =>
        TierRecord.Propose("913305007490121183", "changxing", Elephant, year, "市经信局", candidacyValidYears: 2, Now);

    [Fact]
    public void A_proposal_enters_the_pool_until_the_end_of_the_second_following_year()
    {
        var record = Candidate();

        Assert.Equal(TierStatus.Candidate, record.Status);
        Assert.Equal(TierLevel.Municipal, record.Level);
        Assert.Equal(new DateOnly(2026, 12, 31), record.CandidacyExpiresOn);
        Assert.Equal(TierStatus.Candidate, Assert.Single(record.History).Status);
    }

    [Fact]
    public void Certifying_a_candidate_sets_the_validity_and_keeps_the_history()
    {
        var record = Candidate();

        record.Certify(new DateOnly(2024, 10, 30), Elephant, Today, Now);

        Assert.Equal(TierStatus.Certified, record.Status);
        Assert.Equal(new DateOnly(2024, 10, 30), record.CertifiedOn);
        Assert.Equal(new DateOnly(2026, 12, 31), record.ValidUntil);
        Assert.Equal([TierStatus.Candidate, TierStatus.Certified], record.History.Select(h => h.Status));
        Assert.Equal(2, record.Version);
        Assert.True(record.HoldsIn(2025));
        Assert.False(record.HoldsIn(2027));
    }

    [Fact]
    public void An_expired_candidate_cannot_be_certified()
    {
        var record = Candidate(2021);
        var today = new DateOnly(2024, 1, 1);

        Assert.Equal(TierStatus.Expired, record.StatusOn(today));
        var refused = Assert.Throws<InvalidInputException>(() => record.Certify(today, Elephant, today, Now));

        Assert.Equal("tier.candidate-expired", Assert.Single(refused.Violations).Rule);
        Assert.Equal(TierStatus.Candidate, record.Status);
        Assert.Single(record.History);
    }

    [Fact]
    public void A_certification_dated_after_the_candidacy_expired_is_refused()
    {
        var record = Candidate(2022);

        var refused = Assert.Throws<InvalidInputException>(() =>
            record.Certify(new DateOnly(2025, 1, 2), Elephant, new DateOnly(2025, 1, 2), Now));

        Assert.Equal("tier.candidate-expired", Assert.Single(refused.Violations).Rule);
    }

    [Fact]
    public void The_same_tier_and_year_cannot_be_certified_twice()
    {
        var record = Candidate();
        record.Certify(Today, Elephant, Today, Now);

        var refused = Assert.Throws<AlreadyExistsException>(() => record.Certify(Today, Elephant, Today, Now));

        Assert.Equal("tier.already-certified", refused.Rule);
        Assert.Equal(2, record.History.Count);
    }

    [Fact]
    public void A_certification_cannot_be_dated_in_the_future()
    {
        var refused = Assert.Throws<InvalidInputException>(() => Candidate().Certify(Today.AddDays(1), Elephant, Today, Now));

        Assert.Equal(("certified_on", "certified-on.in-future"), (refused.Violations[0].Field, refused.Violations[0].Rule));
    }

    [Fact]
    public void Revoking_keeps_the_history_and_ends_the_holding()
    {
        var record = Candidate();
        record.Certify(Today, Elephant, Today, Now);

        record.Revoke("  虚报数据 ", Now);

        Assert.Equal(TierStatus.Revoked, record.Status);
        Assert.Equal("虚报数据", record.History[^1].Note);
        Assert.Equal(3, record.History.Count);
        Assert.False(record.HoldsIn(2024));
    }

    [Fact]
    public void A_revoked_record_cannot_be_certified_or_revoked_again()
    {
        var record = Candidate();
        record.Revoke("退出培育库", Now);

        Assert.Equal("tier-record.revoked",
            Assert.Single(Assert.Throws<InvalidInputException>(() => record.Certify(Today, Elephant, Today, Now)).Violations).Rule);
        Assert.Equal("tier.already-revoked", Assert.Throws<AlreadyExistsException>(() => record.Revoke("again", Now)).Rule);
    }

    [Fact]
    public void A_revocation_needs_a_reason() =>
        Assert.Equal("revocation-reason.required",
            Assert.Single(Assert.Throws<InvalidInputException>(() => Candidate().Revoke(" ", Now)).Violations).Rule);

    [Fact]
    public void A_certification_past_its_validity_reads_as_expired()
    {
        var record = Candidate(2024);
        record.Certify(Today, Elephant, Today, Now);

        Assert.Equal(TierStatus.Certified, record.StatusOn(new DateOnly(2026, 12, 31)));
        Assert.Equal(TierStatus.Expired, record.StatusOn(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void A_recorded_past_certification_cannot_predate_its_year()
    {
        var refused = Assert.Throws<InvalidInputException>(() =>
            TierRecord.RecordCertification("913305007490121183", "changxing", Elephant, 2023, new DateOnly(2022, 12, 31), "demo-seed", Now));

        Assert.Equal("certified-on.before-tier-year", Assert.Single(refused.Violations).Rule);
    }
}
