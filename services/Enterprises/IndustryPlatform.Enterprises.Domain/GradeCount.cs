namespace IndustryPlatform.Enterprises.Domain;

/// <param name="Share">Of the group's graded enterprises, 0–1, four decimals.</param>
public sealed record GradeCount(int Grade, int Count, decimal Share);

/// <param name="Share">Of the group's evaluated enterprises, 0–1, four decimals.</param>
public sealed record ClassCount(PerMuClass Class, int Count, decimal Share);
