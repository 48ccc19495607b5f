using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IndustryPlatform.Indicators.Data.Migrations
{
    /// <inheritdoc />
    public partial class AnnualPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_targets",
                table: "targets");

            migrationBuilder.AddColumn<string>(
                name: "chain_code",
                table: "targets",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "targets",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddPrimaryKey(
                name: "pk_targets",
                table: "targets",
                columns: new[] { "indicator_code", "region_code", "year", "chain_code" });

            migrationBuilder.CreateTable(
                name: "plan_target_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    indicator_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    region_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    chain_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    previous_value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    set_by = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_target_changes", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_plan_target_changes_indicator_code_region_code_year_chain_c",
                table: "plan_target_changes",
                columns: new[] { "indicator_code", "region_code", "year", "chain_code", "version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plan_target_changes");

            migrationBuilder.DropPrimaryKey(
                name: "pk_targets",
                table: "targets");

            migrationBuilder.DropColumn(
                name: "chain_code",
                table: "targets");

            migrationBuilder.DropColumn(
                name: "version",
                table: "targets");

            migrationBuilder.AddPrimaryKey(
                name: "pk_targets",
                table: "targets",
                columns: new[] { "indicator_code", "region_code", "year" });
        }
    }
}
