using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IndustryPlatform.Indicators.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegistryFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "listing_facts",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    district_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    exchange = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    stock_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    listed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_listing_facts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "project_facts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    enterprise_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    district_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    chain_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    origin = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    total_investment_yi = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    equipment_investment_share = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    is_major = table.Column<bool>(type: "boolean", nullable: false),
                    is_provincial_major = table.Column<bool>(type: "boolean", nullable: false),
                    is_digital_economy_core = table.Column<bool>(type: "boolean", nullable: false),
                    is_withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    filed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    in_production_on = table.Column<DateOnly>(type: "date", nullable: true),
                    above_scale_on = table.Column<DateOnly>(type: "date", nullable: true),
                    at_capacity_on = table.Column<DateOnly>(type: "date", nullable: true),
                    planned_start_on = table.Column<DateOnly>(type: "date", nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_project_facts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tier_facts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    enterprise_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    district_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    tier_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    certified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tier_facts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_listing_facts_listed_on",
                table: "listing_facts",
                column: "listed_on");

            migrationBuilder.CreateIndex(
                name: "ix_project_facts_completed_on",
                table: "project_facts",
                columns: new[] { "completed_on", "district_code" });

            migrationBuilder.CreateIndex(
                name: "ix_project_facts_filed_on",
                table: "project_facts",
                columns: new[] { "filed_on", "district_code" });

            migrationBuilder.CreateIndex(
                name: "ix_project_facts_planned_start_on",
                table: "project_facts",
                columns: new[] { "planned_start_on", "district_code" });

            migrationBuilder.CreateIndex(
                name: "ix_project_facts_started_on",
                table: "project_facts",
                columns: new[] { "started_on", "district_code" });

            migrationBuilder.CreateIndex(
                name: "ix_tier_facts_tier_certified_on",
                table: "tier_facts",
                columns: new[] { "tier_code", "certified_on" });

            migrationBuilder.CreateIndex(
                name: "ix_tier_facts_tier_year",
                table: "tier_facts",
                columns: new[] { "tier_code", "year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "listing_facts");

            migrationBuilder.DropTable(
                name: "project_facts");

            migrationBuilder.DropTable(
                name: "tier_facts");
        }
    }
}
