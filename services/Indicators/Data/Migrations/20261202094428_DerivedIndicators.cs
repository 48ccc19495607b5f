using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IndustryPlatform.Indicators.Data.Migrations
{
    /// <inheritdoc />
    public partial class DerivedIndicators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "counted_from",
                table: "indicators");

            migrationBuilder.AddColumn<string>(
                name: "derived",
                table: "indicators",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "derived",
                table: "indicators");

            migrationBuilder.AddColumn<string>(
                name: "counted_from",
                table: "indicators",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);
        }
    }
}
