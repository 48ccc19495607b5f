using IndustryPlatform.Indicators.Domain.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustryPlatform.Indicators.Data;

/// <summary>
/// The registries' facts, one row per source record. Indexed on what derived indicators filter by: the date that puts a
/// record in a period (with its district, for GROUP BY district), and a tier record's tier and year.
/// </summary>
internal sealed class ProjectFactConfiguration : IEntityTypeConfiguration<ProjectFact>
{
    public void Configure(EntityTypeBuilder<ProjectFact> project)
    {
        project.ToTable("project_facts");
        project.HasKey(p => p.ProjectId);
        project.Property(p => p.ProjectId).HasColumnName("id").ValueGeneratedNever();
        project.Property(p => p.Name).HasMaxLength(256);
        project.Property(p => p.EnterpriseCreditCode).HasMaxLength(18);
        project.Property(p => p.DistrictCode).HasMaxLength(32);
        project.Property(p => p.ChainCode).HasMaxLength(64);
        project.Property(p => p.Kind).HasMaxLength(32);
        project.Property(p => p.Origin).HasMaxLength(32);
        project.Property(p => p.TotalInvestmentYi).HasPrecision(20, 4);
        project.Property(p => p.EquipmentInvestmentShare).HasPrecision(9, 4);
        project.Property(p => p.AppliedAt).HasDefaultValueSql("now()");
        project.HasIndex(p => new { p.FiledOn, p.DistrictCode }).HasDatabaseName("ix_project_facts_filed_on");
        project.HasIndex(p => new { p.StartedOn, p.DistrictCode }).HasDatabaseName("ix_project_facts_started_on");
        project.HasIndex(p => new { p.CompletedOn, p.DistrictCode }).HasDatabaseName("ix_project_facts_completed_on");
        project.HasIndex(p => new { p.PlannedStartOn, p.DistrictCode }).HasDatabaseName("ix_project_facts_planned_start_on");
    }
}

internal sealed class TierFactConfiguration : IEntityTypeConfiguration<TierFact>
{
    public void Configure(EntityTypeBuilder<TierFact> tier)
    {
        tier.ToTable("tier_facts");
        tier.HasKey(t => t.TierRecordId);
        tier.Property(t => t.TierRecordId).HasColumnName("id").ValueGeneratedNever();
        tier.Property(t => t.CreditCode).HasMaxLength(18);
        tier.Property(t => t.EnterpriseNameZh).HasColumnName("enterprise_name").HasMaxLength(256);
        tier.Property(t => t.DistrictCode).HasMaxLength(32);
        tier.Property(t => t.TierCode).HasMaxLength(64);
        tier.Property(t => t.Level).HasMaxLength(16);
        tier.Property(t => t.Status).HasMaxLength(16);
        tier.Property(t => t.AppliedAt).HasDefaultValueSql("now()");
        tier.HasIndex(t => new { t.TierCode, t.Year }).HasDatabaseName("ix_tier_facts_tier_year");
        tier.HasIndex(t => new { t.TierCode, t.CertifiedOn }).HasDatabaseName("ix_tier_facts_tier_certified_on");
    }
}

internal sealed class ListingFactConfiguration : IEntityTypeConfiguration<ListingFact>
{
    public void Configure(EntityTypeBuilder<ListingFact> listing)
    {
        listing.ToTable("listing_facts");
        listing.HasKey(l => l.CreditCode);
        listing.Property(l => l.CreditCode).HasColumnName("id").HasMaxLength(18);
        listing.Property(l => l.EnterpriseNameZh).HasColumnName("name").HasMaxLength(256);
        listing.Property(l => l.DistrictCode).HasMaxLength(32);
        listing.Property(l => l.Exchange).HasMaxLength(32);
        listing.Property(l => l.StockCode).HasMaxLength(16);
        listing.Property(l => l.AppliedAt).HasDefaultValueSql("now()");
        listing.HasIndex(l => l.ListedOn).HasDatabaseName("ix_listing_facts_listed_on");
    }
}
