namespace IndustryPlatform.Indicators.Domain.Derived;

/// <param name="IsDemo">True when any record counted is demonstration data.</param>
public sealed record DerivedValue(decimal Value, bool IsDemo);

/// <summary>The districts' derived figures counted from the facts for the periods a read needs (当月 and 1–N月累计).</summary>
public sealed class DerivedValues
{
    public static readonly DerivedValues None = new();

    private readonly Dictionary<(string Indicator, string District, Period Period, Basis Basis), DerivedValue> _values = [];

    public void Record(string indicator, string district, Period period, Basis basis, DerivedValue value) =>
        _values[(indicator, district, period, basis)] = value;

    /// <summary>Null when the period was not counted (not asked for, or not begun yet).</summary>
    public DerivedValue? Of(string indicator, string district, Period period, Basis basis) =>
        _values.GetValueOrDefault((indicator, district, period, basis));
}
