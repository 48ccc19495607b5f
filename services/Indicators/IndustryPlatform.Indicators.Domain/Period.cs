using System.Globalization;

namespace IndustryPlatform.Indicators.Domain;

/// <summary>A reporting period: <c>2024-03</c> (month), <c>2024-Q1</c> (quarter) or <c>2024</c> (year).</summary>
public readonly record struct Period(int Year, PeriodKind Kind, int Number)
{
    public static Period Month(int year, int month) => new(year, PeriodKind.Month, month);

    public static Period Quarter(int year, int quarter) => new(year, PeriodKind.Quarter, quarter);

    public static Period WholeYear(int year) => new(year, PeriodKind.Year, 0);

    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // int.TryParse ignores trailing NULs ("2024\0" → 2024): only the characters a period is written with get through.
        if (text.Any(c => !char.IsAsciiDigit(c) && c is not ('-' or 'Q' or ' ')))
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1949 or > 9999)
        {
            return false;
        }

        if (parts.Length == 1)
        {
            period = WholeYear(year);
            return true;
        }

        if (parts.Length != 2)
        {
            return false;
        }

        if (parts[1].StartsWith('Q') && int.TryParse(parts[1][1..], NumberStyles.None, CultureInfo.InvariantCulture, out var quarter) && quarter is >= 1 and <= 4)
        {
            period = Quarter(year, quarter);
            return true;
        }

        if (parts[1].Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            period = Month(year, month);
            return true;
        }

        return false;
    }

    /// <summary>The last month the period covers (12 for a year).</summary>
    public int LastMonth => Kind switch
    {
        PeriodKind.Month => Number,
        PeriodKind.Quarter => Number * 3,
        _ => 12,
    };

    /// <summary>The first day after the period; a period is in the future until that day has come.</summary>
    public DateOnly EndsBefore => new DateOnly(Year, LastMonth, 1).AddMonths(1);

    /// <summary>同期 — the same period a year earlier.</summary>
    public Period SamePeriodLastYear => this with { Year = Year - 1 };

    /// <summary>The period before, within the same kind (2024-01 → 2023-12).</summary>
    public Period Previous => Kind switch
    {
        PeriodKind.Month => Number == 1 ? Month(Year - 1, 12) : Month(Year, Number - 1),
        PeriodKind.Quarter => Number == 1 ? Quarter(Year - 1, 4) : Quarter(Year, Number - 1),
        _ => WholeYear(Year - 1),
    };

    /// <summary>Share of the year elapsed at the end of the period (plan pace 时序进度).</summary>
    public decimal YearElapsed => LastMonth / 12m;

    public bool Fits(Frequency frequency) => (frequency, Kind) switch
    {
        (Frequency.Monthly, PeriodKind.Month) => true,
        (Frequency.Quarterly, PeriodKind.Quarter) => true,
        (Frequency.Annual, PeriodKind.Year) => true,
        _ => false,
    };

    /// <summary>The Chinese label used in bulletins: 2024年, 2024年1-6月, 2024年3月, 2024年二季度.</summary>
    public string LabelZh(Basis basis) => Kind switch
    {
        PeriodKind.Year => $"{Year}年",
        PeriodKind.Quarter => $"{Year}年第{Number}季度",
        _ when basis == Basis.Cumulative && Number == 12 => $"{Year}年",
        _ when basis == Basis.Cumulative && Number > 1 => $"{Year}年1-{Number}月",
        _ => $"{Year}年{Number}月",
    };

    public override string ToString() => Kind switch
    {
        PeriodKind.Month => $"{Year:D4}-{Number:D2}",
        PeriodKind.Quarter => $"{Year:D4}-Q{Number}",
        _ => $"{Year:D4}",
    };
}
