using IndustryPlatform.Projects.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustryPlatform.Projects.Data;

internal sealed class KnownEnterpriseConfiguration : IEntityTypeConfiguration<KnownEnterprise>
{
    public void Configure(EntityTypeBuilder<KnownEnterprise> enterprise)
    {
        enterprise.ToTable("known_enterprises");
        enterprise.HasKey(e => e.CreditCode);
        enterprise.Property(e => e.CreditCode).HasMaxLength(18).IsFixedLength();
        enterprise.Property(e => e.NameZh).HasMaxLength(200);
        enterprise.Property(e => e.NameEn).HasMaxLength(300);
        enterprise.Property(e => e.DistrictCode).HasMaxLength(32);
        enterprise.Property(e => e.IndustryCode).HasMaxLength(8);
        enterprise.Property(e => e.ChainCode).HasMaxLength(32);
        enterprise.HasIndex(e => e.DistrictCode);
    }
}
