namespace IndustryPlatform.Enterprises.Domain;

/// <summary>What an evaluation looks at: the enterprise's figures by year and the tiers it currently holds.</summary>
public sealed record EvaluationSubject(
    string IndustryCode,
    DateOnly? FoundedOn,
    IReadOnlyDictionary<int, FigureValues> FiguresByYear,
    IReadOnlySet<string> HeldTiers);
