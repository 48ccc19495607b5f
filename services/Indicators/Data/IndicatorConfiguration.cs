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
        indicator.Property(i => i.Code).HasMaxLength(64);
        indicator.Property(i => i.NameZh).HasMaxLength(128);
        indicator.Property(i => i.NameEn).HasMaxLength(256);
        indicator.Property(i => i.Unit).HasMaxLength(16);
        indicator.Property(i => i.Frequency).HasConversion<string>().HasMaxLength(16);
        indicator.Property(i => i.Aggregation).HasConversion<string>().HasMaxLength(16);
        indicator.Property(i => i.Derived).HasColumnType("jsonb")
            .HasConversion(d => d == null ? null : DerivedColumn.Write(d), s => s == null ? null : DerivedColumn.Read(s), DerivedColumn.Comparer);
        indicator.Ignore(i => i.IsPercentage);
    }
}
