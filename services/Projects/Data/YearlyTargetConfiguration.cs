using IndustryPlatform.Projects.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustryPlatform.Projects.Data;

internal sealed class YearlyTargetConfiguration : IEntityTypeConfiguration<YearlyTarget>
{
    public void Configure(EntityTypeBuilder<YearlyTarget> target)
    {
        target.ToTable("yearly_targets");
        target.HasKey(t => new { t.Year, t.Scope, t.Code });
        target.Property(t => t.Year).HasColumnName("year");
        target.Property(t => t.Scope).HasColumnName("scope").HasConversion<string>().HasMaxLength(16);
        target.Property(t => t.Code).HasColumnName("code").HasMaxLength(32);
        target.Property(t => t.Filed).HasColumnName("filed");
        target.Property(t => t.Started).HasColumnName("started");
        target.Property(t => t.Completed).HasColumnName("completed");
        target.Property(t => t.InProduction).HasColumnName("in_production");
    }
}
