namespace IndustryPlatform.Enterprises.Domain;

/// <summary>
/// 年度经营数据 — one enterprise's figures for one year. Money in 万元, land in 亩, energy in tce (吨标准煤),
/// CO₂ in tonnes. Replaced as a whole when resubmitted.
/// </summary>
public sealed class YearlyFigures
{
    private YearlyFigures()
    {
    }

    public string CreditCode { get; private set; } = null!;

    public int Year { get; private set; }

    public FigureValues Values { get; private set; } = null!;

    /// <summary>True for the invented demo data loaded from seeds/.</summary>
    public bool IsDemo { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static YearlyFigures Record(string creditCode, int year, FigureValues values, bool isDemo, DateTimeOffset now) =>
        new() { CreditCode = creditCode, Year = year, Values = values, IsDemo = isDemo, RecordedAt = now };

    /// <summary>Returns false, and changes nothing, when the values are the same.</summary>
    public bool Replace(FigureValues values, bool isDemo, DateTimeOffset now)
    {
        if (values == Values && isDemo == IsDemo)
        {
            return false;
        }

        Values = values;
        IsDemo = isDemo;
        RecordedAt = now;
        return true;
    }
}
