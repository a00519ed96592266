using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Review4U.FollowUp.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "followup");

            migrationBuilder.CreateTable(
                name: "commitments",
                schema: "followup",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    position = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    thematic_area = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    owner_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_organisation_name = table.Column<string>(type: "text", nullable: false),
                    owner_name = table.Column<string>(type: "text", nullable: false),
                    owner_email = table.Column<string>(type: "text", nullable: false),
                    owner_language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    progress = table.Column<int>(type: "integer", nullable: false),
                    last_note = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commitments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "indicators",
                schema: "followup",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    commitment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    baseline = table.Column<string>(type: "text", nullable: true),
                    target = table.Column<string>(type: "text", nullable: true),
                    current = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicators", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "plan_activities",
                schema: "followup",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    location = table.Column<string>(type: "text", nullable: true),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    owner_contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_name = table.Column<string>(type: "text", nullable: false),
                    owner_email = table.Column<string>(type: "text", nullable: false),
                    owner_language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    reminder_days = table.Column<List<int>>(type: "integer[]", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_activities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "plan_decisions",
                schema: "followup",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reviewer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "text", nullable: true),
                    activity_key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_decisions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "plan_reviewers",
                schema: "followup",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    language = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_reviewers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                schema: "followup",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    quorum = table.Column<int>(type: "integer", nullable: false),
                    drafted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    workflow_instance_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "progress_reports",
                schema: "followup",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    quarter = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    docx = table.Column<byte[]>(type: "bytea", nullable: false),
                    html = table.Column<byte[]>(type: "bytea", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_progress_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "status_requests",
                schema: "followup",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round_id = table.Column<Guid>(type: "uuid", nullable: false),
                    commitment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_status_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "status_rounds",
                schema: "followup",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reminder_days = table.Column<List<int>>(type: "integer[]", nullable: false),
                    workflow_instance_id = table.Column<Guid>(type: "uuid", nullable: true),
                    escalated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_status_rounds", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "timeline_entries",
                schema: "followup",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    commitment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    progress = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "text", nullable: true),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_timeline_entries", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_commitments_body_id_key",
                schema: "followup",
                table: "commitments",
                columns: new[] { "body_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_commitments_parent_id",
                schema: "followup",
                table: "commitments",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_indicators_commitment_id_position",
                schema: "followup",
                table: "indicators",
                columns: new[] { "commitment_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plan_activities_body_id_starts_at",
                schema: "followup",
                table: "plan_activities",
                columns: new[] { "body_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_activities_plan_id_key",
                schema: "followup",
                table: "plan_activities",
                columns: new[] { "plan_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plan_decisions_plan_id_at",
                schema: "followup",
                table: "plan_decisions",
                columns: new[] { "plan_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_reviewers_plan_id_contact_id",
                schema: "followup",
                table: "plan_reviewers",
                columns: new[] { "plan_id", "contact_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plans_body_id_year_version",
                schema: "followup",
                table: "plans",
                columns: new[] { "body_id", "year", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_progress_reports_body_id_quarter",
                schema: "followup",
                table: "progress_reports",
                columns: new[] { "body_id", "quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_status_requests_body_id_commitment_id",
                schema: "followup",
                table: "status_requests",
                columns: new[] { "body_id", "commitment_id" });

            migrationBuilder.CreateIndex(
                name: "ix_status_requests_round_id_commitment_id",
                schema: "followup",
                table: "status_requests",
                columns: new[] { "round_id", "commitment_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_status_rounds_body_id_period",
                schema: "followup",
                table: "status_rounds",
                columns: new[] { "body_id", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_timeline_entries_body_id_at",
                schema: "followup",
                table: "timeline_entries",
                columns: new[] { "body_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_timeline_entries_commitment_id_at",
                schema: "followup",
                table: "timeline_entries",
                columns: new[] { "commitment_id", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "commitments",
                schema: "followup");

            migrationBuilder.DropTable(
                name: "indicators",
                schema: "followup");

            migrationBuilder.DropTable(
                name: "plan_activities",
                schema: "followup");

            migrationBuilder.DropTable(
                name: "plan_decisions",
                schema: "followup");

            migrationBuilder.DropTable(
                name: "plan_reviewers",
                schema: "followup");

            migrationBuilder.DropTable(
                name: "plans",
                schema: "followup");

            migrationBuilder.DropTable(
                name: "progress_reports",
                schema: "followup");

            migrationBuilder.DropTable(
                name: "status_requests",
                schema: "followup");

            migrationBuilder.DropTable(
                name: "status_rounds",
                schema: "followup");

            migrationBuilder.DropTable(
                name: "timeline_entries",
                schema: "followup");
        }
    }
}
