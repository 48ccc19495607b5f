namespace IndustryPlatform.Indicators.Domain.Derived;

/// <summary>
/// 派生指标 — how an indicator is counted from the registries' records rather than typed in, as the catalogue declares
/// it: which records (<see cref="Facts"/> filtered by <see cref="Where"/>), which of their dates puts them in a period
/// (<see cref="CountedOn"/>), and what is added up (<see cref="Measure"/>). A district's figure is its records'; the
/// city's is the sum of its districts'.
/// </summary>
/// <param name="Cumulative">
/// A stock rather than a flow: every record dated on or before the period's end that still stands at that end (a tier
/// record still valid, a listing of an active enterprise) — 累计, e.g. listed enterprises in all.
/// </param>
public sealed record DerivedFigure(
    FactKind Facts,
    CountedOn CountedOn,
    Measure Measure = Measure.Count,
    bool Cumulative = false,
    DerivedFilter? Where = null)
{
    public DerivedFilter Filter => Where ?? new DerivedFilter();

    private static readonly CountedOn[] ProjectDates =
        [CountedOn.Filed, CountedOn.Started, CountedOn.Completed, CountedOn.InProduction, CountedOn.AboveScale, CountedOn.AtCapacity, CountedOn.PlannedStart];

    /// <summary>What is wrong with the declaration for an indicator of <paramref name="frequency"/>; empty when it can be counted.</summary>
    public IReadOnlyList<string> Problems(Frequency frequency)
    {
        var problems = new List<string>();
        var f = Filter;
        var dateFits = Facts switch
        {
            FactKind.Projects => ProjectDates.Contains(CountedOn),
            FactKind.Tiers => CountedOn is CountedOn.Year or CountedOn.Certified,
            _ => CountedOn == CountedOn.Listed,
        };
        if (!dateFits)
        {
            problems.Add($"{Facts} cannot be counted on '{CountedOn}'.");
        }

        if (CountedOn == CountedOn.Year && (frequency != Frequency.Annual || Cumulative))
        {
            problems.Add("Counting on a record's year needs an annual, non-cumulative indicator.");
        }

        if (Measure == Measure.TotalInvestment && Facts != FactKind.Projects)
        {
            problems.Add("Only projects have a total investment to sum.");
        }

        object?[] projectConditions = [f.IsMajor, f.Origin, f.Kinds, f.Chains, f.ChainKind, f.IsProvincialMajor, f.IsDigitalEconomyCore, f.Reached];
        if (Facts != FactKind.Projects && projectConditions.Any(c => c is not null))
        {
            problems.Add("Project conditions (isMajor, origin, kinds, chains, chainKind, isProvincialMajor, isDigitalEconomyCore, reached) apply to projects only.");
        }

        if (f.Reached is { } reached && !ProjectDates.Contains(reached))
        {
            problems.Add($"'{reached}' is not a project stage.");
        }

        if (Facts != FactKind.Tiers && (f.Tiers ?? f.Statuses) is not null)
        {
            problems.Add("tiers and statuses apply to tier records only.");
        }

        if (Facts != FactKind.Listings && f.IsActive is not null)
        {
            problems.Add("isActive applies to listings only.");
        }

        return problems;
    }

    /// <summary>
    /// The days a figure of <paramref name="period"/> counts: the period (当月) or the year to its end (1–N月累计);
    /// for a cumulative indicator everything up to the end (From is null). To is exclusive.
    /// </summary>
    public (DateOnly? From, DateOnly To) Window(Period period, Basis basis)
    {
        var to = period.EndsBefore;
        if (Cumulative)
        {
            return (null, to);
        }

        var from = basis == Basis.Cumulative || period.Kind == PeriodKind.Year
            ? new DateOnly(period.Year, 1, 1)
            : period.Kind == PeriodKind.Quarter ? new DateOnly(period.Year, period.Number * 3 - 2, 1) : new DateOnly(period.Year, period.Number, 1);
        return (from, to);
    }
}
