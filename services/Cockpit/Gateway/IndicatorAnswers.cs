namespace IndustryPlatform.Cockpit.Gateway;

// The Indicators API's answers, as far as the cockpit reads them (GET api/v1/indicators…, api/v1/bulletin).

public sealed record IndicatorEntry(string Code, string NameZh, string NameEn, string Unit, string Frequency, bool IsPercentage, string? CountedFrom, int Position);

public sealed record IndicatorSummary(
    string IndicatorCode, string NameZh, string NameEn, string Unit, bool IsGrowthRate, string RegionCode, string Period, string Basis,
    decimal? Value, decimal? LastYear, decimal? GrowthPercent, decimal? ChangeFromLastYear, int? Rank, int? RankedCities,
    decimal? Province, decimal? GapToProvince, decimal? Target, decimal? CompletionPercent, string? Light, bool IsDemo);

public sealed record SeriesPoint(string Period, decimal Value, int? Vintage, bool IsDemo);

public sealed record Series(string IndicatorCode, string RegionCode, string Unit, string Basis, IReadOnlyList<SeriesPoint> Points);

public sealed record Revision(int Vintage, decimal Value, string? SubmittedBy, DateTimeOffset? SubmittedAt);

public sealed record BulletinItem(string Sentence, IndicatorSummary Summary);

public sealed record Bulletin(string RegionCode, string RegionNameZh, string Period, string LabelZh, string Text, IReadOnlyList<BulletinItem> Items, bool ContainsDemoData);

public sealed record RowFinding(string Field, string Rule, string? Message);

public sealed record RowOutcome(int Row, string Outcome, int? Vintage, IReadOnlyList<RowFinding> Findings);

public sealed record BatchOutcome(int Accepted, int Rejected, int NeedsConfirmation, int Unchanged, IReadOnlyList<RowOutcome> Rows);
