using IndustryPlatform.Indicators.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustryPlatform.Indicators.Data;

internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> observation)
    {
        observation.ToTable("observations");
        observation.HasKey(o => o.Id);
        observation.Property(o => o.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        observation.Property(o => o.IndicatorCode).HasColumnName("indicator_code").HasMaxLength(64);
        observation.Property(o => o.RegionCode).HasColumnName("region_code").HasMaxLength(32);
        // "2024-03", "2024-Q1", "2024": sorts correctly within one kind, which is all a series mixes.
        observation.Property(o => o.Period).HasColumnName("period").HasMaxLength(8)
            .HasConversion(p => p.ToString(), s => PeriodColumn.Parse(s));
        observation.Property(o => o.Basis).HasColumnName("basis").HasConversion<string>().HasMaxLength(16);
        observation.Property(o => o.Value).HasColumnName("value").HasPrecision(20, 4);
        observation.Property(o => o.Vintage).HasColumnName("vintage");
        observation.Property(o => o.SubmittedBy).HasColumnName("submitted_by").HasMaxLength(64);
        observation.Property(o => o.SubmittedAt).HasColumnName("submitted_at");
        observation.Property(o => o.Warnings).HasColumnName("warnings");
        observation.Property(o => o.IsDemo).HasColumnName("is_demo");
        observation.Ignore(o => o.Key);
        // Two senders revising the same figure at once: the second insert of the same vintage fails and is retried.
        observation.HasIndex(o => new { o.IndicatorCode, o.RegionCode, o.Period, o.Basis, o.Vintage }).IsUnique()
            .HasDatabaseName("ux_observations_series_vintage");
        observation.HasIndex(o => new { o.IndicatorCode, o.Period }).HasDatabaseName("ix_observations_indicator_period");
    }
}

internal static class PeriodColumn
{
    public static Period Parse(string text) =>
        Period.TryParse(text, out var period) ? period : throw new InvalidOperationException($"Stored period '{text}' cannot be read.");
}
