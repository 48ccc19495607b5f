using IndustryPlatform.Indicators.Domain.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustryPlatform.Indicators.Data;

internal sealed class LightThresholdsConfiguration : IEntityTypeConfiguration<LightThresholds>
{
    public void Configure(EntityTypeBuilder<LightThresholds> thresholds)
    {
        thresholds.ToTable("plan_light_thresholds");
        thresholds.HasKey(t => t.Year);
        thresholds.Property(t => t.Year).ValueGeneratedNever();
        thresholds.Property(t => t.IndicatorYellowTolerance).HasPrecision(20, 4);
        thresholds.Property(t => t.Version).IsConcurrencyToken();
    }
}

internal sealed class LightThresholdsChangeConfiguration : IEntityTypeConfiguration<LightThresholdsChange>
{
    public void Configure(EntityTypeBuilder<LightThresholdsChange> change)
    {
        change.ToTable("plan_light_threshold_changes");
        change.HasKey(c => c.Id);
        change.Property(c => c.Id).UseIdentityAlwaysColumn();
        change.Property(c => c.IndicatorYellowTolerance).HasPrecision(20, 4);
        change.Property(c => c.Reason).HasMaxLength(PlanRules.ReasonMaxLength);
        change.Property(c => c.SetBy).HasMaxLength(128);
        change.HasIndex(c => new { c.Year, c.Version }).IsUnique();
    }
}
