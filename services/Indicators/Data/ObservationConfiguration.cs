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
        observation.Property(o => o.Id).UseIdentityAlwaysColumn();
        observation.Property(o => o.IndicatorCode).HasMaxLength(64);
        observation.Property(o => o.RegionCode).HasMaxLength(32);
        // "2024-03", "2024-Q1", "2024": sorts correctly within one kind, which is all a series mixes.
        observation.Property(o => o.Period).HasMaxLength(8)
            .HasConversion(p => p.ToString(), s => PeriodColumn.Parse(s));
        observation.Property(o => o.Basis).HasConversion<string>().HasMaxLength(16);
        observation.Property(o => o.Value).HasPrecision(20, 4);
        observation.Property(o => o.SubmittedBy).HasMaxLength(64);
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
