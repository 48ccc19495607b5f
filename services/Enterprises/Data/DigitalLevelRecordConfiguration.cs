using IndustryPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustryPlatform.Enterprises.Data;

internal sealed class DigitalLevelRecordConfiguration : IEntityTypeConfiguration<DigitalLevelRecord>
{
    public void Configure(EntityTypeBuilder<DigitalLevelRecord> records)
    {
        records.ToTable("digital_level_records");
        records.HasKey(r => r.Id).HasName("pk_digital_level_records");
        records.Property(r => r.CreditCode).HasMaxLength(CreditCode.Length).IsFixedLength();
        records.Property(r => r.DistrictCode).HasMaxLength(32);
        records.Property(r => r.Level).HasConversion<string>().HasMaxLength(16);
        records.Property(r => r.Evidence).HasMaxLength(DigitalLevelRecord.EvidenceMaxLength);
        records.Property(r => r.RecordedBy).HasMaxLength(100);
        records.HasIndex(r => new { r.CreditCode, r.ReachedOn }).HasDatabaseName("ix_digital_level_records_credit_code_reached_on");
    }
}
