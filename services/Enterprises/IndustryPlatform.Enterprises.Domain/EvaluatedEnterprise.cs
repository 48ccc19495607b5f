namespace IndustryPlatform.Enterprises.Domain;

/// <summary>One enterprise as the city-wide evaluation of a year takes it: where it is, what it makes, that year's figures.</summary>
public sealed record EvaluatedEnterprise(string CreditCode, string NameZh, string DistrictCode, string IndustryCode, FigureValues Figures);
