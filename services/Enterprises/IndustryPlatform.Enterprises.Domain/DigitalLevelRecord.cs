using IndustryPlatform.Rules;

namespace IndustryPlatform.Enterprises.Domain;

/// <summary>
/// 数字化改造水平认定 — one statement that an enterprise reached a level on a date, on some evidence. Never changed:
/// a correction is a new record, so the history shows what was believed when. The level at a date is that of the
/// record reached latest on or before it (the later recorded of two reached the same day).
/// </summary>
public sealed class DigitalLevelRecord
{
    public const int EvidenceMaxLength = 500;

    private DigitalLevelRecord()
    {
    }

    public Guid Id { get; private set; }

    public string CreditCode { get; private set; } = null!;

    /// <summary>The enterprise's district when recorded, for the region check of later readers.</summary>
    public string DistrictCode { get; private set; } = null!;

    public DigitalLevel Level { get; private set; }

    public DateOnly ReachedOn { get; private set; }

    /// <summary>What shows it: a short text or reference, e.g. 省数字化改造诊断报告 2024-031.</summary>
    public string Evidence { get; private set; } = null!;

    public string RecordedBy { get; private set; } = null!;

    public DateTimeOffset RecordedAt { get; private set; }

    public bool IsDemo { get; private set; }

    public static DigitalLevelRecord Record(
        string creditCode, string districtCode, DigitalLevel level, DateOnly? reachedOn, string? evidence, string recordedBy, bool isDemo, TimeProvider clock)
    {
        var today = HuzhouCalendar.Today(clock);
        var violations = new List<RuleViolation>();
        if (reachedOn is null)
        {
            violations.Add(new("reached_on", RuleCodes.Date.Required, "The date the level was reached (reached_on, yyyy-MM-dd) is required."));
        }
        else if (reachedOn > today)
        {
            violations.Add(new("reached_on", RuleCodes.Date.InFuture, $"The level cannot be reached on {IsoDate.Write(reachedOn.Value)}, after today."));
        }

        if (string.IsNullOrWhiteSpace(evidence))
        {
            violations.Add(new("evidence", RuleCodes.DigitalLevel.EvidenceRequired, "Say what shows the level (a short text or a reference to the assessment)."));
        }
        else if (evidence.Trim().Length > EvidenceMaxLength)
        {
            violations.Add(new("evidence", RuleCodes.DigitalLevel.EvidenceTooLong, $"The evidence has more than {EvidenceMaxLength} characters; give a reference instead."));
        }

        InvalidInputException.ThrowIfAny(violations);
        return new DigitalLevelRecord
        {
            Id = Guid.CreateVersion7(),
            CreditCode = creditCode,
            DistrictCode = districtCode,
            Level = level,
            ReachedOn = reachedOn!.Value,
            Evidence = evidence!.Trim(),
            RecordedBy = recordedBy,
            RecordedAt = HuzhouCalendar.Now(clock),
            IsDemo = isDemo,
        };
    }

    /// <summary>The level on <paramref name="date"/> by these records of one enterprise; none before the first.</summary>
    public static DigitalLevel LevelOn(IEnumerable<DigitalLevelRecord> records, DateOnly date) =>
        records.Where(r => r.ReachedOn <= date)
            .OrderByDescending(r => r.ReachedOn)
            .ThenByDescending(r => r.RecordedAt)
            .Select(r => (DigitalLevel?)r.Level)
            .FirstOrDefault() ?? DigitalLevel.None;
}
