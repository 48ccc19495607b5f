namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>
/// Makes unified social credit codes that are valid under GB 32100-2015 and unique per test run, so tests
/// sharing one running platform never collide. Written independently of the service's own validator on purpose.
/// </summary>
internal static class TestCreditCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>A company (9 1) registered in Huzhou (330500) with a random organisation code.</summary>
    public static string NewValid()
    {
        var organisation = new char[9];
        for (var i = 0; i < organisation.Length; i++)
        {
            organisation[i] = Alphabet[Random.Shared.Next(Alphabet.Length)];
        }

        var body = "91330500" + new string(organisation);
        return body + CheckCharacter(body);
    }

    /// <summary>A well-formed code whose check character is wrong.</summary>
    public static string WithWrongCheckCharacter()
    {
        var valid = NewValid();
        var wrong = Alphabet[(Alphabet.IndexOf(valid[^1]) + 1) % Alphabet.Length];
        return valid[..^1] + wrong;
    }

    private static char CheckCharacter(string body)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(body[i]) * Weights[i];
        }

        return Alphabet[(31 - sum % 31) % 31];
    }
}
