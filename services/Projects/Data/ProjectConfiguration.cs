using IndustryPlatform.BuildingBlocks.ReferenceData;
using IndustryPlatform.Projects.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustryPlatform.Projects.Data;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> project)
    {
        project.ToTable("projects");
        project.HasKey(p => p.Id).HasName("pk_projects");
        project.Property(p => p.Id).ValueGeneratedNever();
        project.Property(p => p.Name).HasMaxLength(Project.NameMaxLength);
        project.Property(p => p.EnterpriseCreditCode).HasMaxLength(18).IsFixedLength();
        project.Property(p => p.DistrictCode).HasMaxLength(32);
        project.Property(p => p.ChainCode).HasMaxLength(32);
        project.Property(p => p.Kind).HasConversion<string>().HasMaxLength(24);
        project.Property(p => p.Origin).HasConversion<string>().HasMaxLength(24);
        project.Property(p => p.TotalInvestmentYi).HasPrecision(12, 4);
        project.Property(p => p.EquipmentInvestmentShare).HasPrecision(5, 2);
        project.Property(p => p.Stage).HasConversion<string>().HasMaxLength(16);
        project.Property(p => p.Light).HasConversion<string>().HasMaxLength(8);
        project.Property(p => p.Version).IsConcurrencyToken();

        project.HasOne<KnownEnterprise>().WithMany().HasForeignKey(p => p.EnterpriseCreditCode)
            .HasConstraintName("fk_projects_known_enterprises").OnDelete(DeleteBehavior.Restrict);
        project.HasOne<Region>().WithMany().HasForeignKey(p => p.DistrictCode)
            .HasConstraintName("fk_projects_regions_district_code").OnDelete(DeleteBehavior.Restrict);
        project.HasOne<IndustryChain>().WithMany().HasForeignKey(p => p.ChainCode)
            .HasConstraintName("fk_projects_industry_chains_chain_code").OnDelete(DeleteBehavior.Restrict);
        project.HasIndex(p => new { p.Stage, p.NextPlannedOn }).HasDatabaseName("ix_projects_stage_next_planned_on");
        project.HasIndex(p => new { p.DistrictCode, p.ChainCode }).HasDatabaseName("ix_projects_district_chain");
        project.HasIndex(p => p.EnterpriseCreditCode).HasDatabaseName("ix_projects_enterprise_credit_code");

        project.Ignore(p => p.FiledOn);
        project.OwnsMany(p => p.Milestones, milestone =>
        {
            milestone.ToTable("project_milestones");
            milestone.WithOwner().HasForeignKey("ProjectId");
            milestone.HasKey("ProjectId", nameof(ProjectMilestone.Stage));
            milestone.Property(m => m.Stage).HasConversion<string>().HasMaxLength(16);
        });
        project.Navigation(p => p.Milestones).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_milestones");

        project.OwnsMany(p => p.History, change =>
        {
            change.ToTable("project_history");
            change.WithOwner().HasForeignKey("ProjectId");
            change.HasKey("ProjectId", nameof(ProjectChange.Sequence));
            change.Property(c => c.Sequence).ValueGeneratedNever();
            change.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
            change.Property(c => c.Stage).HasConversion<string>().HasMaxLength(16);
            change.Property(c => c.Reason).HasMaxLength(Project.ReasonMaxLength);
            change.Property(c => c.ChangedBy).HasMaxLength(128);
        });
        project.Navigation(p => p.History).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_history");
    }
}
