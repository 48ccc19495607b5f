using IndustryPlatform.Indicators.Domain;

namespace IndustryPlatform.Indicators.Api;

/// <summary>POST /api/v1/indicators/observations:batch — { "rows": [ { "indicatorCode", "regionCode", "period", "basis", "value", "unit", "confirmed" } ] }</summary>
public sealed record ObservationBatchBody(IReadOnlyList<ObservationRowBody>? Rows);

/// <param name="Basis">cumulative (the default) or monthly.</param>
public sealed record ObservationRowBody(string? IndicatorCode, string? RegionCode, string? Period, decimal? Value, string? Unit, string? Basis = null, bool? Confirmed = null)
{
    public SubmittedRow ToRow() => new(IndicatorCode, RegionCode, Period, Basis, Value, Unit, Confirmed ?? false);
}
