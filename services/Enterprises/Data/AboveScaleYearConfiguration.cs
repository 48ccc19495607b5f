using IndustryPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustryPlatform.Enterprises.Data;

internal sealed class AboveScaleYearConfiguration : IEntityTypeConfiguration<AboveScaleYear>
{
    public void Configure(EntityTypeBuilder<AboveScaleYear> aboveScale)
    {
        aboveScale.ToTable("above_scale_years");
        aboveScale.HasKey(a => new { a.CreditCode, a.Year }).HasName("pk_above_scale_years");
        aboveScale.Property(a => a.CreditCode).HasMaxLength(CreditCode.Length).IsFixedLength();
        aboveScale.Property(a => a.Source).HasMaxLength(16);
    }
}
