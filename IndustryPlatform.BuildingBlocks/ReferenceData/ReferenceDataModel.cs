using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.BuildingBlocks.ReferenceData;

/// <summary>
/// Every service keeps its own copy of the reference tables in its own database (none reads another's);
/// the mapping is shared so the copies cannot drift apart.
/// </summary>
public static class ReferenceDataModel
{
    public static ModelBuilder AddReferenceData(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Region>(region =>
        {
            region.ToTable("regions");
            region.HasKey(r => r.Code);
            region.Property(r => r.Code).HasMaxLength(32);
            region.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
            region.Property(r => r.ParentCode).HasMaxLength(32);
            region.Property(r => r.NameZh).HasMaxLength(64);
            region.Property(r => r.NameEn).HasMaxLength(128);
            region.Property(r => r.AdminCode).HasMaxLength(6);
        });

        modelBuilder.Entity<IndustryChain>(chain =>
        {
            chain.ToTable("industry_chains");
            chain.HasKey(c => c.Code);
            chain.Property(c => c.Code).HasMaxLength(32);
            chain.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
            chain.Property(c => c.NameZh).HasMaxLength(64);
            chain.Property(c => c.NameEn).HasMaxLength(128);
            chain.Property(c => c.LeadDepartment).HasMaxLength(64);
        });

        return modelBuilder;
    }
}
