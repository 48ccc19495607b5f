namespace IndustryPlatform.Cockpit.Gateway;

// The Projects API's answers, as far as the cockpit reads them (GET api/v1/projects…).

public sealed record ProjectListItem(
    string Id, string Name, string EnterpriseCreditCode, string? EnterpriseName, string DistrictCode, string ChainCode,
    decimal TotalInvestmentYi, bool IsMajor, string Stage, string? NextStage, string? NextPlannedOn, int DaysOverdue, string Light);

public sealed record ProjectPage(int Page, int PageSize, int Total, IReadOnlyList<ProjectListItem> Items);

public sealed record Milestone(string Stage, string? PlannedOn, string? ReachedOn);

public sealed record ProjectChange(int Sequence, string Kind, string Stage, string? Date, string? PreviousDate, string? Reason, string? ChangedBy, DateTimeOffset ChangedAt);

public sealed record ProjectRecord(
    string Id, string Name, string EnterpriseCreditCode, string DistrictCode, string ChainCode, string Kind, decimal TotalInvestmentYi,
    bool IsMajor, string Stage, string? NextStage, string Light, int DaysOverdue,
    IReadOnlyList<Milestone> Milestones, IReadOnlyList<ProjectChange> History, int Version);

public sealed record StageFigures(int Count, decimal InvestmentYi, int? Target, decimal? TargetCompletionPercent);

public sealed record StartRate(int PlannedToStart, int Started, decimal? Percent);

public sealed record StatisticsRow(string Code, string NameZh, string NameEn, StageFigures Filed, StageFigures Started, StageFigures Completed, StageFigures InProduction, StartRate StartRate);

public sealed record ProjectStatistics(int Year, IReadOnlyList<StatisticsRow> Rows, StatisticsRow CityTotal);
