using IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.UseCases;

public sealed record MilestoneRecord(ProjectStage Stage, DateOnly PlannedOn, DateOnly? ReachedOn);

public sealed record ChangeRecord(int Sequence, ProjectChangeKind Kind, ProjectStage Stage, DateOnly Date, DateOnly? PreviousDate,
    string? Reason, string ChangedBy, DateTimeOffset ChangedAt);

/// <summary>A project as callers see it, with its milestones and, when asked for, its history.</summary>
public sealed record ProjectRecord(
    Guid Id,
    string Name,
    string EnterpriseCreditCode,
    string DistrictCode,
    string ChainCode,
    ProjectKind Kind,
    ProjectOrigin Origin,
    decimal TotalInvestmentYi,
    decimal EquipmentInvestmentShare,
    bool IsMajor,
    bool IsProvincialMajor,
    bool IsDigitalEconomyCore,
    bool IsWithdrawn,
    ProjectStage Stage,
    ProjectStage? NextStage,
    ProjectLight Light,
    int DaysOverdue,
    IReadOnlyList<MilestoneRecord> Milestones,
    IReadOnlyList<ChangeRecord> History,
    DateTimeOffset RegisteredAt,
    DateTimeOffset ChangedAt,
    int Version)
{
    public static ProjectRecord From(Project p, bool withHistory = true) => new(
        p.Id, p.Name, p.EnterpriseCreditCode, p.DistrictCode, p.ChainCode, p.Kind, p.Origin, p.TotalInvestmentYi, p.EquipmentInvestmentShare,
        p.IsMajor, p.IsProvincialMajor, p.IsDigitalEconomyCore, p.IsWithdrawn, p.Stage, p.IsWithdrawn ? null : p.Stage.Next(), p.Light, p.DaysOverdue,
        p.Milestones.OrderBy(m => m.Stage).Select(m => new MilestoneRecord(m.Stage, m.PlannedOn, m.ReachedOn)).ToList(),
        withHistory
            ? p.History.OrderBy(h => h.Sequence)
                .Select(h => new ChangeRecord(h.Sequence, h.Kind, h.Stage, h.Date, h.PreviousDate, h.Reason, h.ChangedBy, h.ChangedAt)).ToList()
            : [],
        p.RegisteredAt, p.ChangedAt, p.Version);
}
