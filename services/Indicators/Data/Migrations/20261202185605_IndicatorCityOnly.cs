using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IndustryPlatform.Indicators.Data.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorCityOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "city_only",
                table: "indicators",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "city_only",
                table: "indicators");
        }
    }
}
