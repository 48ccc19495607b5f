using System.Globalization;
using System.Text;
using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Api;

/// <summary>The evaluation list as CSV: a header of snake_case columns, one enterprise a row, invariant numbers.</summary>
public static class StandingsCsv
{
    public const string Header =
        "credit_code,name_zh,district_code,industry_code,industry_division,carbon_grade,carbon_ratio,per_mu_score,per_mu_rank,per_mu_district_rank,per_mu_class";

    /// <summary>With a UTF-8 byte-order mark: without it Excel, which the bureau opens these in, garbles the Chinese names.</summary>
    public static byte[] Write(IEnumerable<EnterpriseStanding> rows)
    {
        var csv = new StringBuilder().Append(Header).Append("\r\n");
        foreach (var s in rows)
        {
            csv.AppendJoin(',',
                s.CreditCode, Text(s.NameZh), s.DistrictCode, s.IndustryCode, s.IndustryDivision,
                Number(s.CarbonGrade), Number(s.CarbonRatio), Number(s.PerMuScore), Number(s.PerMuRank), Number(s.PerMuDistrictRank), s.PerMuClass.ToString())
                .Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>Quoted when it holds a comma, quote or line break; a leading = + - @ is defused so a spreadsheet never runs it as a formula.</summary>
    private static string Text(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    private static string Number<T>(T? value)
        where T : struct, IFormattable => value?.ToString(null, CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Number<T>(T value)
        where T : struct, IFormattable => value.ToString(null, CultureInfo.InvariantCulture);
}
