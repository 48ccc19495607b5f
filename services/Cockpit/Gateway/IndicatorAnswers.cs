namespace IndustryPlatform.Cockpit.Gateway;

// The Indicators API's answers, as far as the cockpit reads them (GET api/v1/indicators…, api/v1/bulletin).

public sealed record IndicatorEntry(string Code, string NameZh, string NameEn, string Unit, string Frequency, bool IsPercentage, DerivedDeclaration? Derived, int Position);

public sealed record IndicatorSummary(
    string IndicatorCode, string NameZh, string NameEn, string Unit, bool IsGrowthRate, string RegionCode, string Period, string Basis,
    decimal? Value, decimal? LastYear, decimal? GrowthPercent, decimal? ChangeFromLastYear, int? Rank, int? RankedCities,
    decimal? Province, decimal? GapToProvince, decimal? Target, decimal? CompletionPercent, string? Light, bool IsDemo);

public sealed record SeriesPoint(string Period, decimal Value, int? Vintage, bool IsDemo);

public sealed record Series(string IndicatorCode, string RegionCode, string Unit, string Basis, IReadOnlyList<SeriesPoint> Points);

/// <summary>One vintage (版本) of a reported figure: who sent which value when, and what the checks warned of.</summary>
public sealed record Revision(int Vintage, decimal Value, string? SubmittedBy, DateTimeOffset? SubmittedAt, IReadOnlyList<string>? Warnings = null, bool IsDemo = false);

public sealed record BulletinItem(string Sentence, IndicatorSummary Summary);

public sealed record Bulletin(string RegionCode, string RegionNameZh, string Period, string LabelZh, string Text, IReadOnlyList<BulletinItem> Items, bool ContainsDemoData);

public sealed record RowFinding(string Field, string Rule, string? Message);

public sealed record RowOutcome(int Row, string Outcome, int? Vintage, IReadOnlyList<RowFinding> Findings);

public sealed record BatchOutcome(int Accepted, int Rejected, int NeedsConfirmation, int Unchanged, IReadOnlyList<RowOutcome> Rows);

/// <summary>How a derived figure is declared in the catalogue: which registry it counts and on which date.</summary>
public sealed record DerivedDeclaration(string Facts, string CountedOn, string? Measure, bool Cumulative);

/// <summary>One registry record a derived figure counted: a project (id, name, its enterprise) or an enterprise's tier record or listing.</summary>
public sealed record CountedRecord(string RecordId, string CreditCode, string Name, string DistrictCode, string? CountedOn, int? Year, string Status, decimal? Amount, bool IsDemo);

public sealed record CountedRecordsPage(int Total, int Page, int PageSize, IReadOnlyList<CountedRecord> Items);

/// <summary>One figure a recomputed one was made from: a component's, or a district's.</summary>
public sealed record ComponentFigure(string IndicatorCode, string RegionCode, string Period, decimal? Value, string? Source, bool IsDemo);

/// <summary>GET …/figures/{region}/{period}/explain: Derived → Records, Recomputed → Components, Reported → Vintages.</summary>
public sealed record FigureExplanation(
    string IndicatorCode, string RegionCode, string Period, string Basis, decimal Value, string Source, bool IsDemo,
    DerivedDeclaration? Derived, CountedRecordsPage? Records, IReadOnlyList<ComponentFigure>? Components, IReadOnlyList<Revision>? Vintages);
