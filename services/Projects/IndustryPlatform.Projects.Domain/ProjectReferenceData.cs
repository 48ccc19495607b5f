namespace IndustryPlatform.Projects.Domain;

/// <summary>The codes a project's district and chain must come from (the seeded reference tables).</summary>
public sealed record ProjectReferenceData(IReadOnlySet<string> DistrictCodes, IReadOnlySet<string> ChainCodes);
