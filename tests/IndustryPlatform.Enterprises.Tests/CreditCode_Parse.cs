using IndustryPlatform.Rules;
using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Tests;

public sealed class CreditCode_Parse
{
    /// <summary>Codes of real companies as published (annual reports, the national enterprise credit publicity system).</summary>
    [Theory]
    [InlineData("913305007490121183", "天能电池集团股份有限公司 (长兴县, Huzhou; STAR 688819)")]
    [InlineData("914403001922038216", "华为技术有限公司")]
    [InlineData("9144030071526726XG", "腾讯科技（深圳）有限公司")]
    [InlineData("91440300708461136T", "深圳市腾讯计算机系统有限公司")]
    [InlineData("91110000802100433B", "北京百度网讯科技有限公司")]
    [InlineData("91110108551385082Q", "小米科技有限责任公司")]
    [InlineData("91520000214434146R", "中航重机股份有限公司 (SSE 600765)")]
    public void Accepts_the_codes_of_real_companies(string code, string company)
    {
        Assert.True(CreditCode.TryParse(code, out var parsed, out var violation), $"{company}: {violation?.Message}");
        Assert.Equal(code, parsed.Value);
        Assert.Equal(code[17], CreditCode.ComputeCheckCharacter(code.AsSpan(0, 17)));
    }

    [Fact]
    public void Splits_a_code_into_its_parts()
    {
        var code = CreditCode.Parse("913305007490121183");

        Assert.Equal('9', code.RegistrationAuthority);
        Assert.Equal('1', code.OrganisationCategory);
        Assert.Equal("330500", code.DivisionCode);
        Assert.Equal("749012118", code.OrganisationCode);
    }

    [Theory]
    [InlineData("9144030071526726xg")]
    [InlineData("  9144030071526726XG ")]
    [InlineData("\t9144030071526726xG\n")]
    public void Trims_and_upper_cases_before_checking(string input)
    {
        Assert.Equal("9144030071526726XG", CreditCode.Parse(input).Value);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("91330500749012118", 17)]
    [InlineData("9133050074901211833", 19)]
    [InlineData("749012118", 9)]
    public void Refuses_a_code_that_is_not_18_characters_long(string? input, int length)
    {
        var violation = Refused(input);

        Assert.Equal("credit-code.length", violation.Rule);
        Assert.Contains($"has {length}", violation.Message);
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    public void Refuses_the_letters_the_standard_leaves_out(char letter)
    {
        var violation = Refused($"91330500749012118{letter}");

        Assert.Equal("credit-code.characters", violation.Rule);
        Assert.Contains($"'{letter}' at position 18", violation.Message);
    }

    [Theory]
    [InlineData("91330500-49012118-", "'-' at position 9, '-' at position 18")]
    [InlineData("9133050074901211８3", "'８' at position 17")]
    [InlineData("91330500 749012118", "' ' at position 9")]
    public void Refuses_any_other_character(string input, string expected)
    {
        var violation = Refused(input);

        Assert.Equal("credit-code.characters", violation.Rule);
        Assert.Contains(expected, violation.Message);
    }

    [Theory]
    [InlineData("94")] // 工商 has categories 1, 2, 3 only
    [InlineData("99")]
    [InlineData("14")] // 机构编制: 1, 2, 3, 9
    [InlineData("54")] // 民政: 1, 2, 3, 9
    [InlineData("Y2")] // 其他 is category 1 only
    [InlineData("22")] // 外交: 1, 9
    [InlineData("36")] // 司法行政: 1-5, 9
    [InlineData("01")] // no authority 0
    [InlineData("B1")] // no authority B
    [InlineData("9A")] // categories are digits
    public void Refuses_an_unknown_authority_and_category_pair(string firstTwo)
    {
        var violation = Refused(WithCheckCharacter(firstTwo + "330500749012118"));

        Assert.Equal("credit-code.authority-category", violation.Rule);
        Assert.Contains($"'{firstTwo}'", violation.Message);
    }

    [Theory]
    [InlineData("11")]
    [InlineData("12")]
    [InlineData("13")]
    [InlineData("19")]
    [InlineData("21")]
    [InlineData("35")]
    [InlineData("41")]
    [InlineData("51")]
    [InlineData("52")]
    [InlineData("53")]
    [InlineData("59")]
    [InlineData("62")]
    [InlineData("72")]
    [InlineData("81")]
    [InlineData("91")]
    [InlineData("92")]
    [InlineData("93")]
    [InlineData("A1")]
    [InlineData("N3")]
    [InlineData("Y1")]
    public void Accepts_every_authority_and_category_pair_of_the_standard(string firstTwo)
    {
        Assert.True(CreditCode.TryParse(WithCheckCharacter(firstTwo + "330500749012118"), out _, out var violation), violation?.Message);
    }

    [Theory]
    [InlineData("9133A500749012118")]
    [InlineData("91MA0500749012118")]
    [InlineData("913305Y0749012118")]
    public void Refuses_a_division_code_that_is_not_six_digits(string first17)
    {
        var violation = Refused(WithCheckCharacter(first17));

        Assert.Equal("credit-code.division", violation.Rule);
    }

    [Fact]
    public void Accepts_letters_in_the_organisation_code()
    {
        // Codes issued since 2015 carry MA… organisation codes.
        Assert.True(CreditCode.TryParse(WithCheckCharacter("91330500MA2B3C4D5"), out _, out var violation), violation?.Message);
    }

    [Theory]
    [InlineData("913305007490121184", '3')]
    [InlineData("9144030071526726XH", 'G')]
    [InlineData("91110000802100433C", 'B')]
    [InlineData("914403001922038210", '6')]
    public void Refuses_a_wrong_check_character_and_says_which_was_expected(string input, char expected)
    {
        var violation = Refused(input);

        Assert.Equal("credit-code.check-character", violation.Rule);
        Assert.Contains($"should be '{expected}', not '{input[17]}'", violation.Message);
    }

    [Fact]
    public void Catches_two_swapped_characters()
    {
        Assert.Equal("credit-code.check-character", Refused("913305004790121183").Rule);
    }

    [Fact]
    public void Parse_throws_invalid_input_naming_field_and_rule()
    {
        var ex = Assert.Throws<InvalidInputException>(() => CreditCode.Parse("913305007490121184"));

        var violation = Assert.Single(ex.Violations);
        Assert.Equal("credit_code", violation.Field);
        Assert.Equal("credit-code.check-character", violation.Rule);
    }

    [Fact]
    public void Codes_with_the_same_value_are_equal()
    {
        Assert.Equal(CreditCode.Parse("9144030071526726xg"), CreditCode.Parse("9144030071526726XG"));
    }

    private static RuleViolation Refused(string? input)
    {
        Assert.False(CreditCode.TryParse(input, out var code, out var violation), $"'{input}' was accepted as {code}");
        Assert.Equal("credit_code", violation.Field);
        return violation;
    }

    /// <summary>Completes 17 characters with their correct check character, so that only the rule under test can fail.</summary>
    private static string WithCheckCharacter(string first17) =>
        first17.Length == 17 ? first17 + CreditCode.ComputeCheckCharacter(first17) : throw new ArgumentException("17 characters expected", nameof(first17));
}
