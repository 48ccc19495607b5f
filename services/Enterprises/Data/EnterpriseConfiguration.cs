using IndustryPlatform.BuildingBlocks.ReferenceData;
using IndustryPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustryPlatform.Enterprises.Data;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    /// <summary>One active enterprise per exchange and stock code: the partial unique index that holds the line under concurrency.</summary>
    public const string StockCodeIndex = "ux_enterprises_listing_stock_code";

    public void Configure(EntityTypeBuilder<Enterprise> enterprise)
    {
        enterprise.ToTable("enterprises");
        enterprise.HasKey(e => e.CreditCode).HasName("pk_enterprises");

        enterprise.Property(e => e.CreditCode)
            .HasConversion(code => code.Value, value => CreditCode.Parse(value))
            .HasMaxLength(CreditCode.Length)
            .IsFixedLength();
        enterprise.Property(e => e.NameZh).HasMaxLength(EnterpriseDetails.NameZhMaxLength);
        enterprise.Property(e => e.NameEn).HasMaxLength(EnterpriseDetails.NameEnMaxLength);
        enterprise.Property(e => e.DistrictCode).HasMaxLength(32);
        enterprise.Property(e => e.IndustryCode).HasMaxLength(5);
        enterprise.Property(e => e.ChainCode).HasMaxLength(32);
        enterprise.Property(e => e.ListingExchange).HasMaxLength(16);
        enterprise.Property(e => e.StockCode).HasMaxLength(16);
        enterprise.Ignore(e => e.Listing);
        enterprise.Ignore(e => e.IsListed);
        enterprise.Property(e => e.Version).IsConcurrencyToken();
        enterprise.Property(e => e.IsActive).HasDefaultValue(true).HasSentinel(true);
        enterprise.Property(e => e.DeactivationReason).HasMaxLength(200);
        enterprise.OwnsMany(e => e.History, h => h.ToJson("history"));
        enterprise.Navigation(e => e.History).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The domain has already checked both codes against the same tables; the keys keep the data honest regardless.
        enterprise.HasOne<Region>().WithMany().HasForeignKey(e => e.DistrictCode)
            .HasConstraintName("fk_enterprises_regions_district_code").OnDelete(DeleteBehavior.Restrict);
        enterprise.HasOne<IndustryChain>().WithMany().HasForeignKey(e => e.ChainCode)
            .HasConstraintName("fk_enterprises_industry_chains_chain_code").OnDelete(DeleteBehavior.Restrict);
        enterprise.HasIndex(e => e.DistrictCode).HasDatabaseName("ix_enterprises_district_code");
        enterprise.HasIndex(e => e.ChainCode).HasDatabaseName("ix_enterprises_chain_code");
        enterprise.HasIndex(e => e.NameZh).HasDatabaseName("ix_enterprises_name_zh");
        enterprise.HasIndex(e => e.ListedOn).HasDatabaseName("ix_enterprises_listed_on");
        enterprise.HasIndex(e => new { e.ListingExchange, e.StockCode }).IsUnique()
            .HasFilter("stock_code IS NOT NULL AND is_active").HasDatabaseName(StockCodeIndex);
    }
}
