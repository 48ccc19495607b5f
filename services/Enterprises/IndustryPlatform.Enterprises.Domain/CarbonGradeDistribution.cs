namespace IndustryPlatform.Enterprises.Domain;

/// <summary>碳效码分布 — how many enterprises hold each carbon grade in a year, in the city, by district and by industry division.</summary>
/// <param name="Graded">Enterprises with figures and value added for the year; the grades' counts sum to it.</param>
/// <param name="Ungraded">Enterprises with figures but no value added to divide by.</param>
public sealed record CarbonGradeDistribution(
    int Year,
    int Graded,
    int Ungraded,
    IReadOnlyList<GradeCount> Grades,
    IReadOnlyList<CarbonGradeGroup> Districts,
    IReadOnlyList<CarbonGradeGroup> Industries);

/// <param name="Code">A district code or an industry division.</param>
public sealed record CarbonGradeGroup(string Code, int Graded, IReadOnlyList<GradeCount> Grades);
