using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IndustryPlatform.BuildingBlocks.Tests.Seeding.Migrations
{
    /// <summary>As each service's: the snake_case convention names the regions' key, renamed in place.</summary>
    public partial class SnakeCaseNamingConvention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE regions RENAME CONSTRAINT \"PK_regions\" TO \"pk_regions\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE regions RENAME CONSTRAINT \"pk_regions\" TO \"PK_regions\";");
        }
    }
}
