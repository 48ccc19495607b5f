using IndustryPlatform.Indicators.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustryPlatform.Indicators.Data;

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> target)
    {
        target.ToTable("targets");
        target.HasKey(t => new { t.IndicatorCode, t.RegionCode, t.Year });
        target.Property(t => t.IndicatorCode).HasMaxLength(64);
        target.Property(t => t.RegionCode).HasMaxLength(32);
        target.Property(t => t.Value).HasPrecision(20, 4);
    }
}
