using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IndustryPlatform.Enterprises.Data.Migrations
{
    /// <inheritdoc />
    public partial class ListingStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "listed_on",
                table: "enterprises",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "listing_exchange",
                table: "enterprises",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "stock_code",
                table: "enterprises",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_listed_on",
                table: "enterprises",
                column: "listed_on");

            migrationBuilder.CreateIndex(
                name: "ux_enterprises_listing_stock_code",
                table: "enterprises",
                columns: new[] { "listing_exchange", "stock_code" },
                unique: true,
                filter: "stock_code IS NOT NULL AND is_active");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_enterprises_listed_on",
                table: "enterprises");

            migrationBuilder.DropIndex(
                name: "ux_enterprises_listing_stock_code",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "listed_on",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "listing_exchange",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "stock_code",
                table: "enterprises");
        }
    }
}
