using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Review4U.Rounds.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReviewReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "reminded_at",
                schema: "rounds",
                table: "review_tasks",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "reminded_at",
                schema: "rounds",
                table: "review_tasks");
        }
    }
}
