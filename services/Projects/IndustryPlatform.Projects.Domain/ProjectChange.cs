
namespace IndustryPlatform.Projects.Domain;

public enum ProjectChangeKind
{
    Registered = 1,
    Advanced = 2,
    Replanned = 3,
    /// <summary>撤销 — the project was withdrawn; the line's stage is the one it stood at.</summary>
    Withdrawn = 4,
}

/// <summary>One line of a project's history: what changed, by which client, when.</summary>
/// <param name="PreviousDate">For a re-plan, the date planned before.</param>
/// <param name="Reason">Why it was re-planned or withdrawn.</param>
public sealed class ProjectChange
{
    private ProjectChange() { }

    public ProjectChange(int sequence, ProjectChangeKind kind, ProjectStage stage, DateOnly date, DateOnly? previousDate,
        string? reason, string changedBy, DateTimeOffset changedAt)
    {
        Sequence = sequence;
        Kind = kind;
        Stage = stage;
        Date = date;
        PreviousDate = previousDate;
        Reason = reason;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }

    /// <summary>1 for the registration, then one more per change (equals the project version it produced).</summary>
    public int Sequence { get; private set; }
    public ProjectChangeKind Kind { get; private set; }
    public ProjectStage Stage { get; private set; }
    public DateOnly Date { get; private set; }
    public DateOnly? PreviousDate { get; private set; }
    public string? Reason { get; private set; }
    public string ChangedBy { get; private set; } = "";
    public DateTimeOffset ChangedAt { get; private set; }
}
