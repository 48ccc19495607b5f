using IndustryPlatform.Rules;

namespace IndustryPlatform.Indicators.Domain;

/// <summary>
/// One vintage of a figure: the value of an indicator for a region and period as sent by someone at some time.
/// A revision adds a vintage; none is ever changed or deleted (as ALFRED keeps them).
/// </summary>
public sealed class Observation
{
    /// <summary>A figure to 4 decimal places, below 10¹⁶ in magnitude.</summary>
    public static readonly StoredNumber ValueColumn = new(20, 4);

    public long Id { get; init; }
    public required string IndicatorCode { get; init; }
    public required string RegionCode { get; init; }
    public required Period Period { get; init; }
    public required Basis Basis { get; init; }
    public required decimal Value { get; init; }
    /// <summary>1 for the first figure, +1 for each revision.</summary>
    public required int Vintage { get; init; }
    /// <summary>Client id of the sender, from its access token (a district system, the city bureau), or the event consumer that counted it.</summary>
    public required string SubmittedBy { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
    /// <summary>Named rules that warned about this figure and were accepted (e.g. growth.outside-plausible-band).</summary>
    public List<string> Warnings { get; init; } = [];
    /// <summary>Invented demonstration data from seeds/ (演示数据), not official statistics.</summary>
    public bool IsDemo { get; init; }

    public SeriesKey Key => new(IndicatorCode, RegionCode, Period, Basis);
}
