using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IndustryPlatform.Indicators.Data.Migrations
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
            migrationBuilder.Sql("ALTER TABLE targets RENAME CONSTRAINT \"PK_targets\" TO \"pk_targets\";");
            migrationBuilder.Sql("ALTER TABLE regions RENAME CONSTRAINT \"PK_regions\" TO \"pk_regions\";");
            migrationBuilder.Sql("ALTER TABLE observations RENAME CONSTRAINT \"PK_observations\" TO \"pk_observations\";");
            migrationBuilder.Sql("ALTER TABLE industry_chains RENAME CONSTRAINT \"PK_industry_chains\" TO \"pk_industry_chains\";");
            migrationBuilder.Sql("ALTER TABLE indicators RENAME CONSTRAINT \"PK_indicators\" TO \"pk_indicators\";");
            migrationBuilder.RenameColumn(name: "Position", table: "indicators", newName: "position");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE targets RENAME CONSTRAINT \"pk_targets\" TO \"PK_targets\";");
            migrationBuilder.Sql("ALTER TABLE regions RENAME CONSTRAINT \"pk_regions\" TO \"PK_regions\";");
            migrationBuilder.Sql("ALTER TABLE observations RENAME CONSTRAINT \"pk_observations\" TO \"PK_observations\";");
            migrationBuilder.Sql("ALTER TABLE industry_chains RENAME CONSTRAINT \"pk_industry_chains\" TO \"PK_industry_chains\";");
            migrationBuilder.Sql("ALTER TABLE indicators RENAME CONSTRAINT \"pk_indicators\" TO \"PK_indicators\";");
            migrationBuilder.RenameColumn(name: "position", table: "indicators", newName: "Position");
        }
    }
}
