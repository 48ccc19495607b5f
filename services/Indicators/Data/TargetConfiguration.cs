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
        target.Property(t => t.IndicatorCode).HasColumnName("indicator_code").HasMaxLength(64);
        target.Property(t => t.RegionCode).HasColumnName("region_code").HasMaxLength(32);
        target.Property(t => t.Year).HasColumnName("year");
        target.Property(t => t.Value).HasColumnName("value").HasPrecision(20, 4);
    }
}
