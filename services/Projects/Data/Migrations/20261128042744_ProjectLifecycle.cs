using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IndustryPlatform.Projects.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProjectLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "projects",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    enterprise_credit_code = table.Column<string>(type: "character(18)", fixedLength: true, maxLength: 18, nullable: false),
                    district_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    chain_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    total_investment_yi = table.Column<decimal>(type: "numeric(12,4)", precision: 12, scale: 4, nullable: false),
                    equipment_investment_share = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    is_major = table.Column<bool>(type: "boolean", nullable: false),
                    is_provincial_major = table.Column<bool>(type: "boolean", nullable: false),
                    stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    next_planned_on = table.Column<DateOnly>(type: "date", nullable: true),
                    light = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    days_overdue = table.Column<int>(type: "integer", nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_projects", x => x.id);
                    table.ForeignKey(
                        name: "fk_projects_industry_chains_chain_code",
                        column: x => x.chain_code,
                        principalTable: "industry_chains",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_projects_known_enterprises",
                        column: x => x.enterprise_credit_code,
                        principalTable: "known_enterprises",
                        principalColumn: "credit_code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_projects_regions_district_code",
                        column: x => x.district_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "warning_thresholds",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    yellow_after_days = table.Column<int>(type: "integer", nullable: false),
                    red_after_days = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_warning_thresholds", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "yearly_targets",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    scope = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    filed = table.Column<int>(type: "integer", nullable: false),
                    started = table.Column<int>(type: "integer", nullable: false),
                    completed = table.Column<int>(type: "integer", nullable: false),
                    in_production = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_yearly_targets", x => new { x.year, x.scope, x.code });
                });

            migrationBuilder.CreateTable(
                name: "project_history",
                columns: table => new
                {
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    previous_date = table.Column<DateOnly>(type: "date", nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    changed_by = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_history", x => new { x.project_id, x.sequence });
                    table.ForeignKey(
                        name: "FK_project_history_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "project_milestones",
                columns: table => new
                {
                    stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    planned_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reached_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_milestones", x => new { x.project_id, x.stage });
                    table.ForeignKey(
                        name: "FK_project_milestones_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_projects_chain_code",
                table: "projects",
                column: "chain_code");

            migrationBuilder.CreateIndex(
                name: "ix_projects_district_chain",
                table: "projects",
                columns: new[] { "district_code", "chain_code" });

            migrationBuilder.CreateIndex(
                name: "ix_projects_enterprise_credit_code",
                table: "projects",
                column: "enterprise_credit_code");

            migrationBuilder.CreateIndex(
                name: "ix_projects_stage_next_planned_on",
                table: "projects",
                columns: new[] { "stage", "next_planned_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "project_history");

            migrationBuilder.DropTable(
                name: "project_milestones");

            migrationBuilder.DropTable(
                name: "warning_thresholds");

            migrationBuilder.DropTable(
                name: "yearly_targets");

            migrationBuilder.DropTable(
                name: "projects");
        }
    }
}
