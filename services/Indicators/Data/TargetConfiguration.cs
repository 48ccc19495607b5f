using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Domain.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustryPlatform.Indicators.Data;

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> target)
    {
        target.ToTable("targets");
        target.HasKey(t => new { t.IndicatorCode, t.RegionCode, t.Year, t.ChainCode });
        target.Property(t => t.IndicatorCode).HasMaxLength(64);
        target.Property(t => t.RegionCode).HasMaxLength(32);
        target.Property(t => t.ChainCode).HasMaxLength(64).HasDefaultValue(Target.WholeRegion);
        target.Property(t => t.Value).HasPrecision(20, 4);
        target.Property(t => t.Version).HasDefaultValue(1).IsConcurrencyToken();
        target.Ignore(t => t.Chain);
        // db.Targets is the region's own target, read by (indicator, region, year) everywhere; the plan's lists read a
        // chain's too, with IgnoreQueryFilters (see docs/decisions.md "One plan, in Indicators").
        target.HasQueryFilter(t => t.ChainCode == Target.WholeRegion);
    }
}

internal sealed class PlanTargetChangeConfiguration : IEntityTypeConfiguration<PlanTargetChange>
{
    public void Configure(EntityTypeBuilder<PlanTargetChange> change)
    {
        change.ToTable("plan_target_changes");
        change.HasKey(c => c.Id);
        change.Property(c => c.Id).UseIdentityAlwaysColumn();
        change.Property(c => c.IndicatorCode).HasMaxLength(64);
        change.Property(c => c.RegionCode).HasMaxLength(32);
        change.Property(c => c.ChainCode).HasMaxLength(64);
        change.Property(c => c.Value).HasPrecision(20, 4);
        change.Property(c => c.PreviousValue).HasPrecision(20, 4);
        change.Property(c => c.Reason).HasMaxLength(PlanRules.ReasonMaxLength);
        change.Property(c => c.SetBy).HasMaxLength(128);
        change.HasIndex(c => new { c.IndicatorCode, c.RegionCode, c.Year, c.ChainCode, c.Version }).IsUnique();
    }
}
