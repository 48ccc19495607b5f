using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IndustryPlatform.Projects.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProjectOriginFlagsAndWithdrawal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_demo",
                table: "projects",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "is_digital_economy_core",
                table: "projects",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "is_withdrawn",
                table: "projects",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "origin",
                table: "projects",
                type: "character varying(24)",
                maxLength: 24,
                nullable: false,
                defaultValue: "");

            // Projects registered before origin was kept: a technical upgrade is the enterprise's own (内生), the rest were
            // brought in (新引进). The demo portfolio is what the demo seeder registered.
            migrationBuilder.Sql("""
                UPDATE projects SET origin = CASE WHEN kind = 'TechnicalUpgrade' THEN 'Endogenous' ELSE 'NewlyIntroduced' END;
                UPDATE projects p SET is_demo = true
                  WHERE EXISTS (SELECT 1 FROM project_history h WHERE h.project_id = p.id AND h.sequence = 1 AND h.changed_by = 'demo-seed');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "is_demo",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "is_digital_economy_core",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "is_withdrawn",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "origin",
                table: "projects");
        }
    }
}
