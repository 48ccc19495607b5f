using IndustryPlatform.Contracts.Events;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IndustryPlatform.Indicators.Data;

/// <summary>
/// Keeps the facts tables: each batch of facts is ONE statement, <c>INSERT … SELECT FROM unnest(…) ON CONFLICT (id)
/// DO UPDATE … WHERE table.version &lt; excluded.version</c>. Keeping the highest version is commutative and
/// idempotent, so redelivery and out-of-order delivery need no inbox. Within a batch only the highest version of each
/// record is sent (a statement may not touch a row twice), in key order, so two batches at once lock rows in the same
/// order and cannot deadlock. Returns how many rows changed.
/// </summary>
public static class FactUpserts
{
    public static Task<int> UpsertProjectsAsync(this IndicatorsDbContext db, IEnumerable<ProjectFactsChanged> facts, CancellationToken cancellationToken)
    {
        var rows = facts.GroupBy(f => f.ProjectId).Select(g => g.MaxBy(f => f.Version)!).OrderBy(f => f.ProjectId).ToList();
        DateOnly? Reached(ProjectFactsChanged f, ProjectStage stage) => f.Milestones.FirstOrDefault(m => m.Stage == stage)?.ReachedOn;
        return UpsertAsync(db, "project_facts", cancellationToken,
            Column("id", rows.Select(f => f.ProjectId), "uuid"),
            Column("version", rows.Select(f => f.Version), "integer"),
            Column("name", rows.Select(f => f.Name), "text"),
            Column("enterprise_credit_code", rows.Select(f => f.EnterpriseCreditCode), "text"),
            Column("district_code", rows.Select(f => f.DistrictCode), "text"),
            Column("chain_code", rows.Select(f => f.ChainCode), "text"),
            Column("kind", rows.Select(f => f.Kind.ToString()), "text"),
            Column("origin", rows.Select(f => f.Origin.ToString()), "text"),
            Column("total_investment_yi", rows.Select(f => f.TotalInvestmentYi), "numeric"),
            Column("equipment_investment_share", rows.Select(f => f.EquipmentInvestmentShare), "numeric"),
            Column("is_major", rows.Select(f => f.IsMajor), "boolean"),
            Column("is_provincial_major", rows.Select(f => f.IsProvincialMajor), "boolean"),
            Column("is_digital_economy_core", rows.Select(f => f.IsDigitalEconomyCore), "boolean"),
            Column("is_withdrawn", rows.Select(f => f.IsWithdrawn), "boolean"),
            Column("is_demo", rows.Select(f => f.IsDemo), "boolean"),
            Column("filed_on", rows.Select(f => Reached(f, ProjectStage.Filed)), "date"),
            Column("started_on", rows.Select(f => Reached(f, ProjectStage.Started)), "date"),
            Column("completed_on", rows.Select(f => Reached(f, ProjectStage.Completed)), "date"),
            Column("in_production_on", rows.Select(f => Reached(f, ProjectStage.InProduction)), "date"),
            Column("above_scale_on", rows.Select(f => Reached(f, ProjectStage.AboveScale)), "date"),
            Column("at_capacity_on", rows.Select(f => Reached(f, ProjectStage.AtCapacity)), "date"),
            Column("planned_start_on", rows.Select(f => f.Milestones.FirstOrDefault(m => m.Stage == ProjectStage.Started)?.PlannedOn), "date"),
            Column("changed_at", rows.Select(f => f.ChangedAt), "timestamptz"));
    }

    public static Task<int> UpsertTiersAsync(this IndicatorsDbContext db, IEnumerable<TierRecordChanged> facts, CancellationToken cancellationToken)
    {
        var rows = facts.GroupBy(f => f.TierRecordId).Select(g => g.MaxBy(f => f.Version)!).OrderBy(f => f.TierRecordId).ToList();
        return UpsertAsync(db, "tier_facts", cancellationToken,
            Column("id", rows.Select(f => f.TierRecordId), "uuid"),
            Column("version", rows.Select(f => f.Version), "integer"),
            Column("credit_code", rows.Select(f => f.CreditCode), "text"),
            Column("enterprise_name", rows.Select(f => f.EnterpriseNameZh), "text"),
            Column("district_code", rows.Select(f => f.DistrictCode), "text"),
            Column("tier_code", rows.Select(f => f.TierCode), "text"),
            Column("level", rows.Select(f => f.Level), "text"),
            Column("year", rows.Select(f => f.Year), "integer"),
            Column("status", rows.Select(f => f.Status), "text"),
            Column("certified_on", rows.Select(f => f.CertifiedOn), "date"),
            Column("valid_until", rows.Select(f => f.ValidUntil), "date"),
            Column("is_demo", rows.Select(f => f.IsDemo), "boolean"),
            Column("changed_at", rows.Select(f => f.ChangedAt), "timestamptz"));
    }

    public static Task<int> UpsertListingsAsync(this IndicatorsDbContext db, IEnumerable<ListingChanged> facts, CancellationToken cancellationToken)
    {
        var rows = facts.GroupBy(f => f.CreditCode).Select(g => g.MaxBy(f => f.Version)!).OrderBy(f => f.CreditCode, StringComparer.Ordinal).ToList();
        return UpsertAsync(db, "listing_facts", cancellationToken,
            Column("id", rows.Select(f => f.CreditCode), "text"),
            Column("version", rows.Select(f => f.Version), "integer"),
            Column("name", rows.Select(f => f.EnterpriseNameZh), "text"),
            Column("district_code", rows.Select(f => f.DistrictCode), "text"),
            Column("exchange", rows.Select(f => f.Exchange), "text"),
            Column("stock_code", rows.Select(f => f.StockCode), "text"),
            Column("listed_on", rows.Select(f => f.ListedOn), "date"),
            Column("is_active", rows.Select(f => f.IsActive), "boolean"),
            Column("is_demo", rows.Select(f => f.IsDemo), "boolean"),
            Column("changed_at", rows.Select(f => f.ChangedAt), "timestamptz"));
    }

    private sealed record FactColumn(string Name, NpgsqlParameter Values, string SqlType);

    private static FactColumn Column<T>(string name, IEnumerable<T> values, string sqlType) =>
        new(name, new NpgsqlParameter($"p_{name}", values.ToArray()), sqlType);

    private static async Task<int> UpsertAsync(IndicatorsDbContext db, string table, CancellationToken cancellationToken, params FactColumn[] columns)
    {
        if (columns[0].Values.Value is Array { Length: 0 })
        {
            return 0;
        }

        var names = string.Join(", ", columns.Select(c => c.Name));
        var arrays = string.Join(", ", columns.Select(c => $"@{c.Values.ParameterName}::{c.SqlType}[]"));
        var updates = string.Join(", ", columns.Skip(1).Select(c => $"{c.Name} = excluded.{c.Name}"));
        var sql = $"""
            INSERT INTO {table} AS f ({names}, applied_at)
            SELECT u.*, now() FROM unnest({arrays}) AS u({names})
            ON CONFLICT (id) DO UPDATE SET {updates}, applied_at = excluded.applied_at
            WHERE f.version < excluded.version
            """;
        return await db.Database.ExecuteSqlRawAsync(sql, columns.Select(c => (object)c.Values), cancellationToken);
    }
}
