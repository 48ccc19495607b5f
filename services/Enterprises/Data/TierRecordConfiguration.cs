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
        record.Property(r => r.Id).ValueGeneratedNever();
        record.Property(r => r.CreditCode).HasMaxLength(CreditCode.Length).IsFixedLength();
        record.Property(r => r.DistrictCode).HasMaxLength(32);
        record.Property(r => r.TierCode).HasMaxLength(32);
        record.Property(r => r.Level).HasConversion<string>().HasMaxLength(16);
        record.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        record.Property(r => r.ProposedBy).HasMaxLength(100);
        record.Property(r => r.Version).IsConcurrencyToken();
        record.Ignore(r => r.IsDemo);
        record.Ignore(r => r.HoldsUntil);
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
