using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IndustryPlatform.Enterprises.Data.Migrations
{
    /// <inheritdoc />
    public partial class YearlyFiguresTiersAndHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "deactivation_reason",
                table: "enterprises",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "history",
                table: "enterprises",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_active",
                table: "enterprises",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.CreateTable(
                name: "above_scale_years",
                columns: table => new
                {
                    credit_code = table.Column<string>(type: "character(18)", fixedLength: true, maxLength: 18, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_above_scale_years", x => new { x.credit_code, x.year });
                });

            migrationBuilder.CreateTable(
                name: "tier_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character(18)", fixedLength: true, maxLength: 18, nullable: false),
                    district_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    tier_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    proposed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    candidacy_expires_on = table.Column<DateOnly>(type: "date", nullable: false),
                    certified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    history = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tier_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "yearly_figures",
                columns: table => new
                {
                    credit_code = table.Column<string>(type: "character(18)", fixedLength: true, maxLength: 18, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    co2_tonnes = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    employees = table.Column<int>(type: "integer", nullable: false),
                    energy_tce = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    industrial_investment = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    land_mu = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    main_business_revenue = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    rd_spend = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    taxes_paid_in_city = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    value_added = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_yearly_figures", x => new { x.credit_code, x.year });
                });

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_name_zh",
                table: "enterprises",
                column: "name_zh");

            migrationBuilder.CreateIndex(
                name: "ix_tier_records_year_tier_code",
                table: "tier_records",
                columns: new[] { "year", "tier_code" });

            migrationBuilder.CreateIndex(
                name: "ux_tier_records_credit_code_tier_code_year",
                table: "tier_records",
                columns: new[] { "credit_code", "tier_code", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_yearly_figures_year",
                table: "yearly_figures",
                column: "year");

            // EF cannot model these keys (the registry's key is the CreditCode value object); the database keeps them anyway.
            // Entries registered before history was kept start with an empty one.
            migrationBuilder.Sql("""
                ALTER TABLE yearly_figures ADD CONSTRAINT fk_yearly_figures_enterprises_credit_code
                    FOREIGN KEY (credit_code) REFERENCES enterprises (credit_code) ON DELETE RESTRICT;
                ALTER TABLE above_scale_years ADD CONSTRAINT fk_above_scale_years_enterprises_credit_code
                    FOREIGN KEY (credit_code) REFERENCES enterprises (credit_code) ON DELETE RESTRICT;
                ALTER TABLE tier_records ADD CONSTRAINT fk_tier_records_enterprises_credit_code
                    FOREIGN KEY (credit_code) REFERENCES enterprises (credit_code) ON DELETE RESTRICT;
                UPDATE enterprises SET history = '[]' WHERE history IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "above_scale_years");

            migrationBuilder.DropTable(
                name: "tier_records");

            migrationBuilder.DropTable(
                name: "yearly_figures");

            migrationBuilder.DropIndex(
                name: "ix_enterprises_name_zh",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "deactivation_reason",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "history",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "is_active",
                table: "enterprises");
        }
    }
}
