using IndustryPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustryPlatform.Enterprises.Data;

internal sealed class YearlyFiguresConfiguration : IEntityTypeConfiguration<YearlyFigures>
{
    public void Configure(EntityTypeBuilder<YearlyFigures> figures)
    {
        figures.ToTable("yearly_figures");
        figures.HasKey(f => new { f.CreditCode, f.Year }).HasName("pk_yearly_figures");
        figures.Property(f => f.CreditCode).HasMaxLength(CreditCode.Length).IsFixedLength();
        // The figures are columns of their own, named as the figures are (the convention would prefix them with "values_").
        figures.ComplexProperty(f => f.Values, v =>
        {
            v.Property(x => x.Employees).HasColumnName("employees");
            v.Property(x => x.MainBusinessRevenue).HasColumnName("main_business_revenue").HasPrecision(18, 2);
            v.Property(x => x.TaxesPaidInCity).HasColumnName("taxes_paid_in_city").HasPrecision(18, 2);
            v.Property(x => x.IndustrialInvestment).HasColumnName("industrial_investment").HasPrecision(18, 2);
            v.Property(x => x.RdSpend).HasColumnName("rd_spend").HasPrecision(18, 2);
            v.Property(x => x.LandMu).HasColumnName("land_mu").HasPrecision(18, 2);
            v.Property(x => x.EnergyTce).HasColumnName("energy_tce").HasPrecision(18, 2);
            v.Property(x => x.Co2Tonnes).HasColumnName("co2_tonnes").HasPrecision(18, 2);
            v.Property(x => x.ValueAdded).HasColumnName("value_added").HasPrecision(18, 2);
        });
        figures.HasIndex(f => f.Year).HasDatabaseName("ix_yearly_figures_year");
    }
}
