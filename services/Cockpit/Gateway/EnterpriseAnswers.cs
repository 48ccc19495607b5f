namespace IndustryPlatform.Cockpit.Gateway;

// The Enterprises API's answers, as far as the cockpit reads them (GET api/v1/enterprises…, api/v1/tiers…).

public sealed record Listing(bool Listed, string? ExchangeNameZh, string? StockCode, string? ListedOn);

public sealed record Enterprise(
    string CreditCode, string NameZh, string? NameEn, string DistrictCode, string IndustryCode, string? ChainCode, string? FoundedOn,
    bool IsActive, Listing? Listing);

public sealed record EnterprisePage(IReadOnlyList<Enterprise> Items, int Page, int PageSize, int TotalCount);

public sealed record YearlyFigures(
    int Year, decimal MainBusinessRevenue, decimal TaxesPaidInCity, decimal IndustrialInvestment, decimal RdSpend, int Employees,
    decimal LandMu, decimal EnergyTce, decimal Co2Tonnes, decimal ValueAdded, bool AboveScale);

public sealed record CarbonEfficiency(decimal Intensity, decimal IndustryAverage, int Grade);

public sealed record PerMuEfficiency(decimal Score);

public sealed record EvaluatedTier(string TierCode, string? NameZh, string? Level, bool IsEvaluated, bool Met);

public sealed record Evaluation(int Year, CarbonEfficiency? CarbonEfficiency, PerMuEfficiency? PerMuEfficiency, IReadOnlyList<EvaluatedTier>? Tiers);

public sealed record TierRecord(string CreditCode, string DistrictCode, string TierCode, string Level, int Year, string Status, string? CertifiedOn);

public sealed record PyramidDistrict(string DistrictCode, int NewThisYear, int Cumulative);

public sealed record PyramidTier(string TierCode, string NameZh, string Level, int NewThisYear, int Cumulative, IReadOnlyList<PyramidDistrict> Districts);

public sealed record Pyramid(int Year, IReadOnlyList<PyramidTier> Tiers);

/// <summary>A tier of the ladder as GET api/v1/tiers lists it.</summary>
public sealed record TierDefinition(string Code, string NameZh, string NameEn, string Level);

public sealed record TierCatalogue(IReadOnlyList<TierDefinition> Tiers);

/// <summary>A record of the cultivation pool (培育库) or the ladder, as GET api/v1/tiers/candidates and the propose/certify answers have it.</summary>
public sealed record TierCandidate(
    string CreditCode, string DistrictCode, string TierCode, string Level, int Year, string Status, string? ProposedBy,
    string? CandidacyExpiresOn, string? CertifiedOn, string? ValidUntil, int Version);

/// <summary>What POST api/v1/tiers/candidate-runs answers: the year's selection and whom it proposed.</summary>
public sealed record CandidateRun(int Year, int EnterprisesEvaluated, IReadOnlyList<TierCandidate> Proposed);
