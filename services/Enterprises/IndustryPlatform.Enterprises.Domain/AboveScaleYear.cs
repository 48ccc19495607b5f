namespace IndustryPlatform.Enterprises.Domain;

/// <summary>规上 — an enterprise counted above designated size for a year, and why.</summary>
public sealed class AboveScaleYear
{
    public const string FromRevenue = "Revenue";
    public const string FromProject = "Project";

    private AboveScaleYear()
    {
    }

    public string CreditCode { get; private set; } = null!;

    public int Year { get; private set; }

    /// <summary><see cref="FromRevenue"/> or <see cref="FromProject"/>: whichever made it so first.</summary>
    public string Source { get; private set; } = null!;

    public DateTimeOffset RecordedAt { get; private set; }

    public static AboveScaleYear Record(string creditCode, int year, string source, DateTimeOffset now) =>
        new() { CreditCode = creditCode, Year = year, Source = source, RecordedAt = now };
}
