using IndustryPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustryPlatform.Enterprises.Data;

internal sealed class TierRecordConfiguration : IEntityTypeConfiguration<TierRecord>
{
    public const string OnePerTierAndYear = "ux_tier_records_credit_code_tier_code_year";

    public void Configure(EntityTypeBuilder<TierRecord> record)
    {
        record.ToTable("tier_records");
        record.HasKey(r => r.Id).HasName("pk_tier_records");
        record.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        record.Property(r => r.CreditCode).HasColumnName("credit_code").HasMaxLength(CreditCode.Length).IsFixedLength();
        record.Property(r => r.DistrictCode).HasColumnName("district_code").HasMaxLength(32);
        record.Property(r => r.TierCode).HasColumnName("tier_code").HasMaxLength(32);
        record.Property(r => r.Level).HasColumnName("level").HasConversion<string>().HasMaxLength(16);
        record.Property(r => r.Year).HasColumnName("year");
        record.Property(r => r.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(16);
        record.Property(r => r.ProposedBy).HasColumnName("proposed_by").HasMaxLength(100);
        record.Property(r => r.CandidacyExpiresOn).HasColumnName("candidacy_expires_on");
        record.Property(r => r.CertifiedOn).HasColumnName("certified_on");
        record.Property(r => r.ValidUntil).HasColumnName("valid_until");
        record.Property(r => r.Version).HasColumnName("version").IsConcurrencyToken();
        record.OwnsMany(r => r.History, h =>
        {
            h.ToJson("history");
            h.Property(c => c.Status).HasConversion<string>();
        });
        record.Navigation(r => r.History).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The database, not only the check before insert, keeps one record per enterprise, tier and year.
        record.HasIndex(r => new { r.CreditCode, r.TierCode, r.Year }).IsUnique().HasDatabaseName(OnePerTierAndYear);
        record.HasIndex(r => new { r.Year, r.TierCode }).HasDatabaseName("ix_tier_records_year_tier_code");
    }
}
