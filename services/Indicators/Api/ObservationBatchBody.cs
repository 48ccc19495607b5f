using IndustryPlatform.Indicators.Domain;

namespace IndustryPlatform.Indicators.Api;

/// <summary>POST /api/v1/indicators/observations:batch — { "rows": [ { "indicatorCode", "regionCode", "period", "basis", "value", "unit", "confirmed" } ] }</summary>
public sealed record ObservationBatchBody(IReadOnlyList<ObservationRowBody>? Rows);

public sealed record ObservationRowBody(string? IndicatorCode, string? RegionCode, string? Period, string? Basis, decimal? Value, string? Unit, bool? Confirmed)
{
    public SubmittedRow ToRow() => new(IndicatorCode, RegionCode, Period, Basis, Value, Unit, Confirmed ?? false);
}
