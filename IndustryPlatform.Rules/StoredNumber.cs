namespace IndustryPlatform.Rules;

/// <summary>
/// A number kept as PostgreSQL <c>numeric(precision, scale)</c>: what fits is checked before storage, so a value too
/// large is a named refusal rather than the database's overflow, and a value finer than the column keeps is refused
/// rather than silently rounded (1e-30 would be stored as 0).
/// </summary>
public readonly record struct StoredNumber(int Precision, int Scale)
{
    /// <summary>The largest magnitude that fits: precision − scale digits before the point.</summary>
    public decimal Limit => Pow10(Precision - Scale);

    public RuleViolation? Check(decimal value, string field)
    {
        if (Math.Abs(value) >= Limit)
        {
            return new(field, RuleCodes.Number.OutOfRange,
                $"{field} must be smaller than {Limit:0} in magnitude (at most {Precision - Scale} digits before the decimal point).");
        }

        if (decimal.Round(value, Scale) != value)
        {
            return new(field, RuleCodes.Number.TooPrecise,
                $"{field} is kept to {Scale} decimal places; {value} would be rounded. Send it rounded to {Scale} places.");
        }

        return null;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
