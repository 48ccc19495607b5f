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
        project.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
        project.Property(p => p.Name).HasColumnName("name").HasMaxLength(Project.NameMaxLength);
        project.Property(p => p.EnterpriseCreditCode).HasColumnName("enterprise_credit_code").HasMaxLength(18).IsFixedLength();
        project.Property(p => p.DistrictCode).HasColumnName("district_code").HasMaxLength(32);
        project.Property(p => p.ChainCode).HasColumnName("chain_code").HasMaxLength(32);
        project.Property(p => p.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(24);
        project.Property(p => p.TotalInvestmentYi).HasColumnName("total_investment_yi").HasPrecision(12, 4);
        project.Property(p => p.EquipmentInvestmentShare).HasColumnName("equipment_investment_share").HasPrecision(5, 2);
        project.Property(p => p.IsMajor).HasColumnName("is_major");
        project.Property(p => p.IsProvincialMajor).HasColumnName("is_provincial_major");
        project.Property(p => p.Stage).HasColumnName("stage").HasConversion<string>().HasMaxLength(16);
        project.Property(p => p.NextPlannedOn).HasColumnName("next_planned_on");
        project.Property(p => p.Light).HasColumnName("light").HasConversion<string>().HasMaxLength(8);
        project.Property(p => p.DaysOverdue).HasColumnName("days_overdue");
        project.Property(p => p.RegisteredAt).HasColumnName("registered_at");
        project.Property(p => p.ChangedAt).HasColumnName("changed_at");
        project.Property(p => p.Version).HasColumnName("version").IsConcurrencyToken();

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
            milestone.Property<Guid>("ProjectId").HasColumnName("project_id");
            milestone.HasKey("ProjectId", nameof(ProjectMilestone.Stage));
            milestone.Property(m => m.Stage).HasColumnName("stage").HasConversion<string>().HasMaxLength(16);
            milestone.Property(m => m.PlannedOn).HasColumnName("planned_on");
            milestone.Property(m => m.ReachedOn).HasColumnName("reached_on");
        });
        project.Navigation(p => p.Milestones).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_milestones");

        project.OwnsMany(p => p.History, change =>
        {
            change.ToTable("project_history");
            change.WithOwner().HasForeignKey("ProjectId");
            change.Property<Guid>("ProjectId").HasColumnName("project_id");
            change.HasKey("ProjectId", nameof(ProjectChange.Sequence));
            change.Property(c => c.Sequence).HasColumnName("sequence").ValueGeneratedNever();
            change.Property(c => c.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(16);
            change.Property(c => c.Stage).HasColumnName("stage").HasConversion<string>().HasMaxLength(16);
            change.Property(c => c.Date).HasColumnName("date");
            change.Property(c => c.PreviousDate).HasColumnName("previous_date");
            change.Property(c => c.Reason).HasColumnName("reason").HasMaxLength(Project.ReasonMaxLength);
            change.Property(c => c.ChangedBy).HasColumnName("changed_by").HasMaxLength(128);
            change.Property(c => c.ChangedAt).HasColumnName("changed_at");
        });
        project.Navigation(p => p.History).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_history");
    }
}
