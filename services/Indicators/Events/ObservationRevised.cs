namespace IndustryPlatform.Indicators.Events;

/// <summary>修订 — a figure was sent again with a different value; <see cref="Vintage"/> is the new version (2 or more).</summary>
public sealed record ObservationRevised(
    string IndicatorCode,
    string RegionCode,
    string Period,
    string Basis,
    decimal PreviousValue,
    decimal Value,
    int Vintage,
    string RevisedBy,
    DateTimeOffset RevisedAt);
