using IndustryPlatform.Indicators.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustryPlatform.Indicators.Data;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> indicator)
    {
        indicator.ToTable("indicators");
        indicator.HasKey(i => i.Code);
        indicator.Property(i => i.Code).HasColumnName("code").HasMaxLength(64);
        indicator.Property(i => i.NameZh).HasColumnName("name_zh").HasMaxLength(128);
        indicator.Property(i => i.NameEn).HasColumnName("name_en").HasMaxLength(256);
        indicator.Property(i => i.Unit).HasColumnName("unit").HasMaxLength(16);
        indicator.Property(i => i.Frequency).HasColumnName("frequency").HasConversion<string>().HasMaxLength(16);
        indicator.Property(i => i.HigherIsBetter).HasColumnName("higher_is_better");
        indicator.Property(i => i.Aggregation).HasColumnName("aggregation").HasConversion<string>().HasMaxLength(16);
        indicator.Property(i => i.Components).HasColumnName("components");
        indicator.Property(i => i.PlausibleGrowthMin).HasColumnName("plausible_growth_min");
        indicator.Property(i => i.PlausibleGrowthMax).HasColumnName("plausible_growth_max");
        indicator.Property(i => i.CountedFrom).HasColumnName("counted_from").HasMaxLength(256);
        indicator.Ignore(i => i.IsPercentage);
    }
}
