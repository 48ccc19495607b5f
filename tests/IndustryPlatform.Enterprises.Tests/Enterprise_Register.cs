using IndustryPlatform.Rules;
using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Tests;

public sealed class Enterprise_Register
{
    private const string Tianneng = "913305007490121183";

    /// <summary>2025-03-01 09:30 in Huzhou.</summary>
    private readonly FixedClock _clock = new(new DateTimeOffset(2025, 3, 1, 1, 30, 0, TimeSpan.Zero));

    private static readonly EnterpriseDetails Valid = new(
        NameZh: "天能电池集团股份有限公司",
        NameEn: "Tianneng Battery Group Co., Ltd.",
        DistrictCode: "changxing",
        IndustryCode: "C3841",
        ChainCode: "green-energy",
        FoundedOn: "2003-03-13");

    [Fact]
    public void Registers_an_enterprise_at_version_1()
    {
        var enterprise = Register(Tianneng, Valid);

        Assert.Equal(Tianneng, enterprise.CreditCode.Value);
        Assert.Equal("天能电池集团股份有限公司", enterprise.NameZh);
        Assert.Equal("Tianneng Battery Group Co., Ltd.", enterprise.NameEn);
        Assert.Equal("changxing", enterprise.DistrictCode);
        Assert.Equal("C3841", enterprise.IndustryCode);
        Assert.Equal("green-energy", enterprise.ChainCode);
        Assert.Equal(new DateOnly(2003, 3, 13), enterprise.FoundedOn);
        Assert.Equal(1, enterprise.Version);
        Assert.Equal(_clock.GetUtcNow(), enterprise.RegisteredAt);
        Assert.Equal(_clock.GetUtcNow(), enterprise.ChangedAt);
    }

    [Fact]
    public void Keeps_the_registration_time_to_the_microsecond_as_the_database_does()
    {
        var clock = new FixedClock(new DateTimeOffset(2025, 3, 1, 1, 30, 0, TimeSpan.Zero).AddTicks(1_234_567));

        var enterprise = Enterprise.Register(Tianneng, Valid, SeededReferenceData.Registry, clock);

        Assert.Equal(new DateTimeOffset(2025, 3, 1, 1, 30, 0, TimeSpan.Zero).AddTicks(1_234_560), enterprise.RegisteredAt);
    }

    [Fact]
    public void Normalises_what_was_typed()
    {
        var enterprise = Register(" 913305007490121183 ", new EnterpriseDetails(
            "  天能电池集团股份有限公司 ", "   ", " Changxing ", " c3841 ", "", " "));

        Assert.Equal("天能电池集团股份有限公司", enterprise.NameZh);
        Assert.Null(enterprise.NameEn);
        Assert.Equal("changxing", enterprise.DistrictCode);
        Assert.Equal("C3841", enterprise.IndustryCode);
        Assert.Null(enterprise.ChainCode);
        Assert.Null(enterprise.FoundedOn);
    }

    [Theory]
    [InlineData("wuxing")]
    [InlineData("nanxun")]
    [InlineData("deqing")]
    [InlineData("changxing")]
    [InlineData("anji")]
    [InlineData("nantaihu")]
    public void Accepts_each_of_the_six_districts(string district)
    {
        Assert.Equal(district, Register(Tianneng, Valid with { DistrictCode = district }).DistrictCode);
    }

    [Theory]
    [InlineData("C38")]
    [InlineData("C384")]
    [InlineData("C3841")]
    [InlineData("A0111")]
    [InlineData("T97")]
    public void Accepts_an_industry_code_at_division_group_or_class_level(string industry)
    {
        Assert.Equal(industry, Register(Tianneng, Valid with { IndustryCode = industry }).IndustryCode);
    }

    [Fact]
    public void Accepts_a_name_of_exactly_the_maximum_lengths()
    {
        var enterprise = Register(Tianneng, Valid with { NameZh = new string('企', 200), NameEn = new string('e', 300) });

        Assert.Equal(200, enterprise.NameZh.Length);
        Assert.Equal(300, enterprise.NameEn!.Length);
    }

    [Fact]
    public void Accepts_a_founding_date_of_today_in_Huzhou()
    {
        // 2025-03-01 17:00 UTC is already 2 March in Huzhou.
        var clock = new FixedClock(new DateTimeOffset(2025, 3, 1, 17, 0, 0, TimeSpan.Zero));

        var enterprise = Enterprise.Register(Tianneng, Valid with { FoundedOn = "2025-03-02" }, SeededReferenceData.Registry, clock);

        Assert.Equal(new DateOnly(2025, 3, 2), enterprise.FoundedOn);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Refuses_a_missing_Chinese_name(string? name) =>
        AssertRefused(Valid with { NameZh = name }, "name_zh", "name-zh.required");

    [Fact]
    public void Refuses_a_Chinese_name_over_200_characters() =>
        AssertRefused(Valid with { NameZh = new string('企', 201) }, "name_zh", "name-zh.too-long");

    [Fact]
    public void Refuses_an_English_name_over_300_characters() =>
        AssertRefused(Valid with { NameEn = new string('e', 301) }, "name_en", "name-en.too-long");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Refuses_a_missing_district(string? district) =>
        AssertRefused(Valid with { DistrictCode = district }, "district_code", "district.required");

    [Theory]
    [InlineData("huzhou")]    // the city itself, not one of its districts
    [InlineData("hangzhou")]  // another city of the province
    [InlineData("zhejiang")]
    [InlineData("xihu")]      // a district, but not of this city
    public void Refuses_a_region_that_is_not_one_of_the_citys_districts(string district)
    {
        var violation = AssertRefused(Valid with { DistrictCode = district }, "district_code", "district.unknown");

        Assert.Contains("anji, changxing, deqing, nantaihu, nanxun, wuxing", violation.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Refuses_a_missing_industry_code(string? industry) =>
        AssertRefused(Valid with { IndustryCode = industry }, "industry_code", "industry-code.required");

    [Theory]
    [InlineData("3841")]   // no section letter
    [InlineData("C")]      // section only
    [InlineData("C3")]     // one digit
    [InlineData("C38411")] // five digits
    [InlineData("U3841")]  // no section U in GB/T 4754
    [InlineData("CC384")]
    [InlineData("C38-4")]
    public void Refuses_an_industry_code_not_in_GB_T_4754_form(string industry) =>
        AssertRefused(Valid with { IndustryCode = industry }, "industry_code", "industry-code.format");

    [Fact]
    public void Refuses_an_unknown_industry_chain() =>
        AssertRefused(Valid with { ChainCode = "spaceships" }, "chain_code", "chain.unknown");

    [Theory]
    [InlineData("2003/03/13")]
    [InlineData("13-03-2003")]
    [InlineData("2003-02-30")]
    [InlineData("2003-3-13")]
    [InlineData("yesterday")]
    public void Refuses_a_founding_date_not_in_ISO_form(string foundedOn) =>
        AssertRefused(Valid with { FoundedOn = foundedOn }, "founded_on", "founded-on.format");

    [Fact]
    public void Refuses_a_founding_date_in_the_future()
    {
        var violation = AssertRefused(Valid with { FoundedOn = "2025-03-02" }, "founded_on", "founded-on.in-future");

        Assert.Contains("2025-03-01", violation.Message);
    }

    [Fact]
    public void Refuses_an_invalid_credit_code_with_the_rule_it_breaks()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Register("913305007490121184", Valid));

        var violation = Assert.Single(ex.Violations);
        Assert.Equal(("credit_code", "credit-code.check-character"), (violation.Field, violation.Rule));
    }

    [Fact]
    public void Reports_every_broken_rule_at_once()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Register("91330500749012118", new EnterpriseDetails(
            NameZh: "",
            NameEn: new string('e', 301),
            DistrictCode: "huzhou",
            IndustryCode: "3841",
            ChainCode: "spaceships",
            FoundedOn: "2099-01-01")));

        Assert.Equal(
            [
                ("credit_code", "credit-code.length"),
                ("name_zh", "name-zh.required"),
                ("name_en", "name-en.too-long"),
                ("district_code", "district.unknown"),
                ("industry_code", "industry-code.format"),
                ("chain_code", "chain.unknown"),
                ("founded_on", "founded-on.in-future"),
            ],
            ex.Violations.Select(v => (v.Field, v.Rule.Value)));
    }

    private Enterprise Register(string creditCode, EnterpriseDetails details) =>
        Enterprise.Register(creditCode, details, SeededReferenceData.Registry, _clock);

    private RuleViolation AssertRefused(EnterpriseDetails details, string field, string rule)
    {
        var ex = Assert.Throws<InvalidInputException>(() => Register(Tianneng, details));

        var violation = Assert.Single(ex.Violations);
        Assert.Equal((field, rule), (violation.Field, violation.Rule));
        Assert.False(string.IsNullOrWhiteSpace(violation.Message));
        return violation;
    }
}
