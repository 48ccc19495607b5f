using IndustryPlatform.Indicators.Domain.Derived;
using Npgsql;

namespace IndustryPlatform.Indicators.Data;

/// <summary>
/// Turns a derived declaration into SQL over the facts tables: which table, which column dates a record, and the WHERE
/// clause of its filter (only the conditions declared, each a parameter). Withdrawn projects and revoked tier records
/// are always left out. Column names come from this class alone, never from the declaration's text.
/// </summary>
internal sealed class DerivedSql
{
    private readonly List<string> _conditions = [];

    public List<NpgsqlParameter> Parameters { get; } = [];

    public required string Table { get; init; }

    /// <summary>The column that dates a record (for a tier's year: the certification day, shown in explanations).</summary>
    public required string DateColumn { get; init; }

    public required bool CountsOnYear { get; init; }

    public required string IdSql { get; init; }

    public required string CreditCodeSql { get; init; }

    public required string NameSql { get; init; }

    public required string StatusSql { get; init; }

    public required string AmountSql { get; init; }

    public string Where => _conditions.Count == 0 ? "TRUE" : string.Join(" AND ", _conditions);

    public static DerivedSql For(DerivedFigure derived)
    {
        var f = derived.Filter;
        var sql = derived.Facts switch
        {
            FactKind.Projects => new DerivedSql
            {
                Table = "project_facts",
                DateColumn = ProjectDate(derived.CountedOn),
                CountsOnYear = false,
                IdSql = "id::text",
                CreditCodeSql = "enterprise_credit_code",
                NameSql = "name",
                StatusSql = "kind",
                AmountSql = "total_investment_yi",
            },
            FactKind.Tiers => new DerivedSql
            {
                Table = "tier_facts",
                DateColumn = "certified_on",
                CountsOnYear = derived.CountedOn == CountedOn.Year,
                IdSql = "id::text",
                CreditCodeSql = "credit_code",
                NameSql = "enterprise_name",
                StatusSql = "status",
                AmountSql = "0::numeric",
            },
            _ => new DerivedSql
            {
                Table = "listing_facts",
                DateColumn = "listed_on",
                CountsOnYear = false,
                IdSql = "id",
                CreditCodeSql = "id",
                NameSql = "name",
                StatusSql = "coalesce(exchange, '')",
                AmountSql = "0::numeric",
            },
        };

        switch (derived.Facts)
        {
            case FactKind.Projects:
                sql._conditions.Add("NOT is_withdrawn");
                sql.Equal("is_major", f.IsMajor);
                sql.Equal("origin", f.Origin);
                sql.AnyOf("kind", f.Kinds);
                sql.AnyOf("chain_code", f.Chains);
                if (f.ChainKind is { } chainKind)
                {
                    sql._conditions.Add($"chain_code IN (SELECT code FROM industry_chains WHERE kind = {sql.Add(chainKind)})");
                }

                sql.Equal("is_provincial_major", f.IsProvincialMajor);
                sql.Equal("is_digital_economy_core", f.IsDigitalEconomyCore);
                if (f.Reached is { } reached)
                {
                    // Reached by the end of the year of the counting date: planned for 2024 and started in 2024 or before.
                    var column = ProjectDate(reached);
                    sql._conditions.Add($"{column} IS NOT NULL AND {column} < make_date(date_part('year', {sql.DateColumn})::int + 1, 1, 1)");
                }

                break;
            case FactKind.Tiers:
                sql._conditions.Add("status <> 'Revoked'");
                sql.AnyOf("tier_code", f.Tiers);
                sql.AnyOf("status", f.CountedStatuses);
                break;
            default:
                sql.Equal("is_active", f.IsActive);
                break;
        }

        return sql;
    }

    /// <summary>Records dated in [from, to) (from null: since ever), or, counting on a record's year, of these years.</summary>
    public DerivedSql Within(DateOnly? from, DateOnly to, IReadOnlyCollection<int> years)
    {
        if (CountsOnYear)
        {
            _conditions.Add($"year = ANY({Add(years.ToArray())})");
            return this;
        }

        _conditions.Add($"{DateColumn} IS NOT NULL AND {DateColumn} < {Add(to)}");
        if (from is { } start)
        {
            _conditions.Add($"{DateColumn} >= {Add(start)}");
        }

        return this;
    }

    /// <summary>A tier record still standing on <paramref name="day"/> (a stock counts what is valid at the period's end).</summary>
    public DerivedSql ValidOn(DateOnly day)
    {
        _conditions.Add($"(valid_until IS NULL OR valid_until >= {Add(day)})");
        return this;
    }

    public DerivedSql InDistricts(IReadOnlyCollection<string> districts)
    {
        _conditions.Add($"district_code = ANY({Add(districts.ToArray())})");
        return this;
    }

    private void Equal<T>(string column, T? value)
    {
        if (value is not null)
        {
            _conditions.Add($"{column} = {Add(value)}");
        }
    }

    private void AnyOf(string column, IReadOnlyList<string>? values)
    {
        if (values is not null)
        {
            _conditions.Add($"{column} = ANY({Add(values.ToArray())})");
        }
    }

    private string Add(object value)
    {
        var name = $"p{Parameters.Count}";
        Parameters.Add(new NpgsqlParameter(name, value));
        return $"@{name}";
    }

    private static string ProjectDate(CountedOn on) => on switch
    {
        CountedOn.Filed => "filed_on",
        CountedOn.Started => "started_on",
        CountedOn.Completed => "completed_on",
        CountedOn.InProduction => "in_production_on",
        CountedOn.AboveScale => "above_scale_on",
        CountedOn.AtCapacity => "at_capacity_on",
        CountedOn.PlannedStart => "planned_start_on",
        _ => throw new InvalidOperationException($"Projects are not dated by '{on}'."),
    };
}
