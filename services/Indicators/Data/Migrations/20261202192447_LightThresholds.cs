using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IndustryPlatform.Indicators.Data.Migrations
{
    /// <inheritdoc />
    public partial class LightThresholds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plan_light_threshold_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    year = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    indicator_yellow_tolerance = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    project_yellow_after_days = table.Column<int>(type: "integer", nullable: false),
                    project_red_after_days = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    set_by = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_light_threshold_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "plan_light_thresholds",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    indicator_yellow_tolerance = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    project_yellow_after_days = table.Column<int>(type: "integer", nullable: false),
                    project_red_after_days = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_light_thresholds", x => x.year);
                });

            migrationBuilder.CreateIndex(
                name: "ix_plan_light_threshold_changes_year_version",
                table: "plan_light_threshold_changes",
                columns: new[] { "year", "version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plan_light_threshold_changes");

            migrationBuilder.DropTable(
                name: "plan_light_thresholds");
        }
    }
}
