namespace IndustryPlatform.Enterprises.Domain;

/// <summary>亩均效益分类结果 — how many enterprises fall in each class A–D in a year, in the city, by district and by industry division.</summary>
/// <param name="Evaluated">Enterprises with figures for the year; the classes' counts sum to it.</param>
/// <param name="Thresholds">The class thresholds the classes were drawn with.</param>
public sealed record PerMuClassDistribution(
    int Year,
    int Evaluated,
    PerMuClassThresholds Thresholds,
    IReadOnlyList<ClassCount> Classes,
    IReadOnlyList<PerMuClassGroup> Districts,
    IReadOnlyList<PerMuClassGroup> Industries);

/// <param name="Code">A district code or an industry division.</param>
/// <param name="AverageScore">The group's mean 亩均 score, two decimals.</param>
public sealed record PerMuClassGroup(string Code, int Evaluated, decimal AverageScore, IReadOnlyList<ClassCount> Classes);
