using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IndustryPlatform.Enterprises.Data.Migrations
{
    /// <inheritdoc />
    public partial class EnterpriseDemoMark : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_demo",
                table: "enterprises",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "is_demo",
                table: "enterprises");
        }
    }
}
