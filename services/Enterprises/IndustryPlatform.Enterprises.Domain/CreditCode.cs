using System.Diagnostics.CodeAnalysis;
using IndustryPlatform.Rules;

namespace IndustryPlatform.Enterprises.Domain;

/// <summary>
/// 统一社会信用代码 — the unified social credit code (GB 32100-2015). An instance always holds a valid code:
/// 18 characters from the 31-character set, a known registration-authority/organisation-category pair,
/// a six-digit division code and a correct check character.
/// </summary>
/// <remarks>
/// Not checked: whether the division code names a real GB/T 2260 division (codes of abolished divisions
/// stay valid for life), and the GB 11714 check digit inside the organisation code (chars 9–17).
/// </remarks>
public sealed class CreditCode : IEquatable<CreditCode>
{
    public const string Field = "credit_code";
    public const int Length = 18;

    /// <summary>Digits and upper-case letters without I, O, S, V, Z; a character's value is its index.</summary>
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private CreditCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>登记管理部门代码 — char 1.</summary>
    public char RegistrationAuthority => Value[0];

    /// <summary>机构类别代码 — char 2.</summary>
    public char OrganisationCategory => Value[1];

    /// <summary>登记管理机关行政区划码 — chars 3–8.</summary>
    public string DivisionCode => Value.Substring(2, 6);

    /// <summary>主体标识码（组织机构代码） — chars 9–17.</summary>
    public string OrganisationCode => Value.Substring(8, 9);

    /// <summary>Parses after trimming and upper-casing; throws <see cref="InvalidInputException"/> naming the rule that failed.</summary>
    public static CreditCode Parse(string? input) =>
        TryParse(input, out var code, out var violation) ? code : throw new InvalidInputException([violation]);

    public static bool TryParse(
        string? input,
        [NotNullWhen(true)] out CreditCode? code,
        [NotNullWhen(false)] out RuleViolation? violation)
    {
        var normalised = (input ?? string.Empty).Trim().ToUpperInvariant();
        violation = Check(normalised);
        code = violation is null ? new CreditCode(normalised) : null;
        return code is not null;
    }

    /// <summary>The check character (char 18) for the first 17 characters, per GB 32100-2015 §5 (mod 31).</summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += Alphabet.IndexOf(first17[i]) * Weights[i];
        }
        return Alphabet[(31 - sum % 31) % 31];
    }

    private static RuleViolation? Check(string code)
    {
        if (code.Length != Length)
        {
            return new RuleViolation(Field, RuleCodes.CreditCode.Length,
                $"A unified social credit code has {Length} characters; '{code}' has {code.Length}.");
        }

        var wrongCharacters = code
            .Select((c, i) => (Character: c, Position: i + 1))
            .Where(x => !Alphabet.Contains(x.Character))
            .Select(x => $"'{x.Character}' at position {x.Position}")
            .ToList();
        if (wrongCharacters.Count > 0)
        {
            return new RuleViolation(Field, RuleCodes.CreditCode.Characters,
                $"Only digits and the letters A-H J-N P-R T-U W-Y are used (never I, O, S, V, Z); found {string.Join(", ", wrongCharacters)}.");
        }

        if (!RegistrationAuthorities.IsKnownPair(code[0], code[1]))
        {
            return new RuleViolation(Field, RuleCodes.CreditCode.AuthorityCategory,
                $"'{code[..2]}' is not a registration authority (char 1) with one of its organisation categories (char 2) in GB 32100-2015.");
        }

        if (code.AsSpan(2, 6).ContainsAnyExceptInRange('0', '9'))
        {
            return new RuleViolation(Field, RuleCodes.CreditCode.Division,
                $"Characters 3-8 are the registering authority's administrative division code and must be digits; found '{code.Substring(2, 6)}'.");
        }

        var expected = ComputeCheckCharacter(code.AsSpan(0, 17));
        if (code[17] != expected)
        {
            return new RuleViolation(Field, RuleCodes.CreditCode.CheckCharacter,
                $"The check character (char 18) of '{code}' should be '{expected}', not '{code[17]}'.");
        }

        return null;
    }

    public bool Equals(CreditCode? other) => other is not null && Value == other.Value;

    public override bool Equals(object? obj) => Equals(obj as CreditCode);

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Value;
}
