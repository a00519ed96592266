using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Review4U.Rounds.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReviewDeadline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "review_days",
                schema: "rounds",
                table: "rounds",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "review_deadline",
                schema: "rounds",
                table: "rounds",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "review_days",
                schema: "rounds",
                table: "rounds");

            migrationBuilder.DropColumn(
                name: "review_deadline",
                schema: "rounds",
                table: "rounds");
        }
    }
}
