using IndustryPlatform.Rules;

namespace IndustryPlatform.Indicators.Domain;

/// <summary>One row of a batch as a district system sends it, before any check.</summary>
public sealed record SubmittedRow(
    string? IndicatorCode,
    string? RegionCode,
    string? Period,
    string? Basis,
    decimal? Value,
    string? Unit,
    bool Confirmed);

/// <summary>What became of a row: stored (possibly with warnings), waiting for confirmation, refused, or already known.</summary>
public enum RowOutcome
{
    Accepted,
    /// <summary>A warning that only the sender can overrule: send the row again with confirmed = true.</summary>
    NeedsConfirmation,
    Rejected,
    /// <summary>The same value is already the latest vintage; nothing new was stored.</summary>
    Unchanged,
}

/// <summary>A named rule that refused or warned about a row (field in proto snake_case).</summary>
public sealed record RowFinding(string Field, RuleCode Rule, string Message);
