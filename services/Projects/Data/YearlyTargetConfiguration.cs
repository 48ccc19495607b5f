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
        target.Property(t => t.Scope).HasConversion<string>().HasMaxLength(16);
        target.Property(t => t.Code).HasMaxLength(32);
    }
}
