using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IndustryPlatform.Projects.Data.Migrations
{
    /// <summary>
    /// EFCore.NamingConventions names keys, foreign keys and indexes in snake_case too; the ones EF had named itself
    /// (PK_…, FK_…, IX_…) are renamed in place — constraints by ALTER TABLE … RENAME CONSTRAINT, which keeps their
    /// index and every row — never dropped and recreated.
    /// </summary>
    public partial class SnakeCaseNamingConvention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE project_history RENAME CONSTRAINT \"FK_project_history_projects_project_id\" TO \"fk_project_history_projects_project_id\";");
            migrationBuilder.Sql("ALTER TABLE project_milestones RENAME CONSTRAINT \"FK_project_milestones_projects_project_id\" TO \"fk_project_milestones_projects_project_id\";");
            migrationBuilder.Sql("ALTER TABLE yearly_targets RENAME CONSTRAINT \"PK_yearly_targets\" TO \"pk_yearly_targets\";");
            migrationBuilder.Sql("ALTER TABLE warning_thresholds RENAME CONSTRAINT \"PK_warning_thresholds\" TO \"pk_warning_thresholds\";");
            migrationBuilder.Sql("ALTER TABLE regions RENAME CONSTRAINT \"PK_regions\" TO \"pk_regions\";");
            migrationBuilder.Sql("ALTER TABLE project_milestones RENAME CONSTRAINT \"PK_project_milestones\" TO \"pk_project_milestones\";");
            migrationBuilder.Sql("ALTER TABLE project_history RENAME CONSTRAINT \"PK_project_history\" TO \"pk_project_history\";");
            migrationBuilder.Sql("ALTER TABLE known_enterprises RENAME CONSTRAINT \"PK_known_enterprises\" TO \"pk_known_enterprises\";");
            migrationBuilder.Sql("ALTER TABLE industry_chains RENAME CONSTRAINT \"PK_industry_chains\" TO \"pk_industry_chains\";");
            migrationBuilder.RenameIndex(name: "IX_projects_chain_code", table: "projects", newName: "ix_projects_chain_code");
            migrationBuilder.RenameIndex(name: "IX_known_enterprises_district_code", table: "known_enterprises", newName: "ix_known_enterprises_district_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE project_history RENAME CONSTRAINT \"fk_project_history_projects_project_id\" TO \"FK_project_history_projects_project_id\";");
            migrationBuilder.Sql("ALTER TABLE project_milestones RENAME CONSTRAINT \"fk_project_milestones_projects_project_id\" TO \"FK_project_milestones_projects_project_id\";");
            migrationBuilder.Sql("ALTER TABLE yearly_targets RENAME CONSTRAINT \"pk_yearly_targets\" TO \"PK_yearly_targets\";");
            migrationBuilder.Sql("ALTER TABLE warning_thresholds RENAME CONSTRAINT \"pk_warning_thresholds\" TO \"PK_warning_thresholds\";");
            migrationBuilder.Sql("ALTER TABLE regions RENAME CONSTRAINT \"pk_regions\" TO \"PK_regions\";");
            migrationBuilder.Sql("ALTER TABLE project_milestones RENAME CONSTRAINT \"pk_project_milestones\" TO \"PK_project_milestones\";");
            migrationBuilder.Sql("ALTER TABLE project_history RENAME CONSTRAINT \"pk_project_history\" TO \"PK_project_history\";");
            migrationBuilder.Sql("ALTER TABLE known_enterprises RENAME CONSTRAINT \"pk_known_enterprises\" TO \"PK_known_enterprises\";");
            migrationBuilder.Sql("ALTER TABLE industry_chains RENAME CONSTRAINT \"pk_industry_chains\" TO \"PK_industry_chains\";");
            migrationBuilder.RenameIndex(name: "ix_projects_chain_code", table: "projects", newName: "IX_projects_chain_code");
            migrationBuilder.RenameIndex(name: "ix_known_enterprises_district_code", table: "known_enterprises", newName: "IX_known_enterprises_district_code");
        }
    }
}
