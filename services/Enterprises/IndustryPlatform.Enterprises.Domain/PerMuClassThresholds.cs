namespace IndustryPlatform.Enterprises.Domain;

/// <summary>The lowest 亩均 score of classes A, B and C (inclusive); below <see cref="MinScoreC"/> is class D.</summary>
public sealed record PerMuClassThresholds(decimal MinScoreA, decimal MinScoreB, decimal MinScoreC)
{
    public PerMuClass ClassOf(decimal score) =>
        score >= MinScoreA ? PerMuClass.A
        : score >= MinScoreB ? PerMuClass.B
        : score >= MinScoreC ? PerMuClass.C
        : PerMuClass.D;

    public bool IsDescending => MinScoreA > MinScoreB && MinScoreB > MinScoreC && MinScoreC >= 0;
}
