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
        enterprise.Property(e => e.CreditCode).HasColumnName("credit_code").HasMaxLength(18).IsFixedLength();
        enterprise.Property(e => e.NameZh).HasColumnName("name_zh").HasMaxLength(200);
        enterprise.Property(e => e.NameEn).HasColumnName("name_en").HasMaxLength(300);
        enterprise.Property(e => e.DistrictCode).HasColumnName("district_code").HasMaxLength(32);
        enterprise.Property(e => e.IndustryCode).HasColumnName("industry_code").HasMaxLength(8);
        enterprise.Property(e => e.ChainCode).HasColumnName("chain_code").HasMaxLength(32);
        enterprise.Property(e => e.Version).HasColumnName("version");
        enterprise.Property(e => e.UpdatedAt).HasColumnName("updated_at");
        enterprise.HasIndex(e => e.DistrictCode);
    }
}
