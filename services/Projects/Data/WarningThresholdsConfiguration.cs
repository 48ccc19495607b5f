using IndustryPlatform.Projects.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustryPlatform.Projects.Data;

/// <summary>One row, key "default", loaded from seeds/project-warning-thresholds.json.</summary>
internal sealed class WarningThresholdsConfiguration : IEntityTypeConfiguration<WarningThresholdsRow>
{
    public void Configure(EntityTypeBuilder<WarningThresholdsRow> row)
    {
        row.ToTable("warning_thresholds");
        row.HasKey(r => r.Key);
        row.Property(r => r.Key).HasMaxLength(32);
    }
}

internal sealed class WarningThresholdsRow
{
    public const string DefaultKey = "default";

    public required string Key { get; init; }
    public int YellowAfterDays { get; set; }
    public int RedAfterDays { get; set; }

    public WarningThresholds ToThresholds() => new(YellowAfterDays, RedAfterDays);
}
