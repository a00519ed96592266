using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Review4U.Meetings.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "meetings");

            migrationBuilder.CreateTable(
                name: "action_items",
                schema: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    owner_contact_id = table.Column<Guid>(type: "uuid", nullable: true),
                    owner_name = table.Column<string>(type: "text", nullable: false),
                    owner_email = table.Column<string>(type: "text", nullable: false),
                    owner_language = table.Column<string>(type: "text", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    done_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_action_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "agenda_items",
                schema: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    details = table.Column<string>(type: "text", nullable: true),
                    proposed_by = table.Column<string>(type: "text", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: true),
                    proposed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    origin_body_id = table.Column<Guid>(type: "uuid", nullable: true),
                    origin_meeting_id = table.Column<Guid>(type: "uuid", nullable: true),
                    origin_item_id = table.Column<Guid>(type: "uuid", nullable: true),
                    forwarded_to_item_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agenda_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "agenda_votes",
                schema: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    agenda_item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    approve = table.Column<bool>(type: "boolean", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agenda_votes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                schema: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    period = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    target_date = table.Column<DateOnly>(type: "date", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    time_zone_id = table.Column<string>(type: "text", nullable: false),
                    location = table.Column<string>(type: "text", nullable: true),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    invited_sequence = table.Column<int>(type: "integer", nullable: true),
                    agenda_cutoff_before = table.Column<TimeSpan>(type: "interval", nullable: false),
                    settle_window = table.Column<TimeSpan>(type: "interval", nullable: false),
                    settle_now_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    agenda_call_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    agenda_review_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    agenda_settled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    agenda_circulated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reminder_days = table.Column<List<int>>(type: "integer[]", nullable: false),
                    minutes_file_name = table.Column<string>(type: "text", nullable: true),
                    minutes_content_type = table.Column<string>(type: "text", nullable: true),
                    minutes_content = table.Column<byte[]>(type: "bytea", nullable: true),
                    minutes_uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    summary_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    workflow_instance_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancel_reason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "participants",
                schema: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "text", nullable: false),
                    email = table.Column<string>(type: "text", nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    steering_committee = table.Column<bool>(type: "boolean", nullable: false),
                    attendance = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    attendance_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_participants", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_action_items_body_id_meeting_id",
                schema: "meetings",
                table: "action_items",
                columns: new[] { "body_id", "meeting_id" });

            migrationBuilder.CreateIndex(
                name: "ix_agenda_items_body_id_meeting_id",
                schema: "meetings",
                table: "agenda_items",
                columns: new[] { "body_id", "meeting_id" });

            migrationBuilder.CreateIndex(
                name: "ix_agenda_items_meeting_id_origin_item_id",
                schema: "meetings",
                table: "agenda_items",
                columns: new[] { "meeting_id", "origin_item_id" },
                unique: true,
                filter: "origin_item_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_agenda_votes_agenda_item_id_participant_id",
                schema: "meetings",
                table: "agenda_votes",
                columns: new[] { "agenda_item_id", "participant_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_agenda_votes_body_id_meeting_id",
                schema: "meetings",
                table: "agenda_votes",
                columns: new[] { "body_id", "meeting_id" });

            migrationBuilder.CreateIndex(
                name: "ix_meetings_body_id_kind_period",
                schema: "meetings",
                table: "meetings",
                columns: new[] { "body_id", "kind", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meetings_body_id_starts_at",
                schema: "meetings",
                table: "meetings",
                columns: new[] { "body_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_participants_meeting_id_email",
                schema: "meetings",
                table: "participants",
                columns: new[] { "meeting_id", "email" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "action_items",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "agenda_items",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "agenda_votes",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "meetings",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "participants",
                schema: "meetings");
        }
    }
}
