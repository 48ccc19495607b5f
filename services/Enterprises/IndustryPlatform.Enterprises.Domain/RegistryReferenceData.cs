namespace IndustryPlatform.Enterprises.Domain;

/// <summary>
/// The reference codes an enterprise's particulars must come from: the city's districts (区县) and the
/// industry chains (产业链), both loaded from the seeded reference tables, never hard-coded.
/// </summary>
public sealed record RegistryReferenceData(IReadOnlySet<string> DistrictCodes, IReadOnlySet<string> ChainCodes);
