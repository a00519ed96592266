using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Review4U.Rounds.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "rounds");

            migrationBuilder.CreateTable(
                name: "rounds",
                schema: "rounds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    questionnaire_id = table.Column<string>(type: "text", nullable: false),
                    questionnaire_version = table.Column<int>(type: "integer", nullable: false),
                    section_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    recipients_rule = table.Column<string>(type: "text", nullable: false),
                    deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reminder_days = table.Column<List<int>>(type: "integer[]", nullable: false),
                    escalation = table.Column<bool>(type: "boolean", nullable: false),
                    quorum = table.Column<int>(type: "integer", nullable: false),
                    attribution = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    language = table.Column<string>(type: "text", nullable: false),
                    focal_point_name = table.Column<string>(type: "text", nullable: false),
                    focal_point_email = table.Column<string>(type: "text", nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    workflow_instance_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rounds", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "deliveries",
                schema: "rounds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round_id = table.Column<Guid>(type: "uuid", nullable: false),
                    to_name = table.Column<string>(type: "text", nullable: false),
                    to_email = table.Column<string>(type: "text", nullable: false),
                    ack_token_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    reminder_token_hash = table.Column<byte[]>(type: "bytea", nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reminder_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_deliveries_rounds_round_id",
                        column: x => x.round_id,
                        principalSchema: "rounds",
                        principalTable: "rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                schema: "rounds",
                columns: table => new
                {
                    round_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "text", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    sha256 = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents", x => new { x.round_id, x.kind });
                    table.ForeignKey(
                        name: "fk_documents_rounds_round_id",
                        column: x => x.round_id,
                        principalSchema: "rounds",
                        principalTable: "rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "review_tasks",
                schema: "rounds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    email = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_review_tasks", x => x.id);
                    table.ForeignKey(
                        name: "fk_review_tasks_rounds_round_id",
                        column: x => x.round_id,
                        principalSchema: "rounds",
                        principalTable: "rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                schema: "rounds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_name = table.Column<string>(type: "text", nullable: false),
                    thematic_areas = table.Column<List<string>>(type: "text[]", nullable: false),
                    question_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decline_reason = table.Column<string>(type: "text", nullable: true),
                    forwarded_to_contact_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tasks", x => x.id);
                    table.ForeignKey(
                        name: "fk_tasks_rounds_round_id",
                        column: x => x.round_id,
                        principalSchema: "rounds",
                        principalTable: "rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "review_decisions",
                schema: "rounds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round_id = table.Column<Guid>(type: "uuid", nullable: false),
                    review_task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    question_id = table.Column<string>(type: "text", nullable: true),
                    text = table.Column<string>(type: "text", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_review_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_review_decisions_review_tasks_review_task_id",
                        column: x => x.review_task_id,
                        principalSchema: "rounds",
                        principalTable: "review_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "answers",
                schema: "rounds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round_id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    question_id = table.Column<string>(type: "text", nullable: false),
                    text = table.Column<string>(type: "text", nullable: true),
                    choices = table.Column<List<string>>(type: "text[]", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_answers", x => x.id);
                    table.ForeignKey(
                        name: "fk_answers_tasks_task_id",
                        column: x => x.task_id,
                        principalSchema: "rounds",
                        principalTable: "tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "attachments",
                schema: "rounds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    question_id = table.Column<string>(type: "text", nullable: false),
                    file_name = table.Column<string>(type: "text", nullable: false),
                    content_type = table.Column<string>(type: "text", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_attachments_tasks_task_id",
                        column: x => x.task_id,
                        principalSchema: "rounds",
                        principalTable: "tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "task_contacts",
                schema: "rounds",
                columns: table => new
                {
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    email = table.Column<string>(type: "text", nullable: false),
                    language = table.Column<string>(type: "text", nullable: false),
                    forwarded_by = table.Column<Guid>(type: "uuid", nullable: true),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_task_contacts", x => new { x.task_id, x.contact_id });
                    table.ForeignKey(
                        name: "fk_task_contacts_tasks_task_id",
                        column: x => x.task_id,
                        principalSchema: "rounds",
                        principalTable: "tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "answer_versions",
                schema: "rounds",
                columns: table => new
                {
                    answer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "text", nullable: true),
                    choices = table.Column<List<string>>(type: "text[]", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    saved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_answer_versions", x => new { x.answer_id, x.version });
                    table.ForeignKey(
                        name: "fk_answer_versions_answers_answer_id",
                        column: x => x.answer_id,
                        principalSchema: "rounds",
                        principalTable: "answers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_answers_body_id_round_id",
                schema: "rounds",
                table: "answers",
                columns: new[] { "body_id", "round_id" });

            migrationBuilder.CreateIndex(
                name: "ix_answers_task_id_question_id",
                schema: "rounds",
                table: "answers",
                columns: new[] { "task_id", "question_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_attachments_body_id_task_id_question_id",
                schema: "rounds",
                table: "attachments",
                columns: new[] { "body_id", "task_id", "question_id" });

            migrationBuilder.CreateIndex(
                name: "ix_attachments_task_id",
                schema: "rounds",
                table: "attachments",
                column: "task_id");

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_ack_token_hash",
                schema: "rounds",
                table: "deliveries",
                column: "ack_token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_body_id",
                schema: "rounds",
                table: "deliveries",
                column: "body_id");

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_round_id",
                schema: "rounds",
                table: "deliveries",
                column: "round_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_documents_body_id",
                schema: "rounds",
                table: "documents",
                column: "body_id");

            migrationBuilder.CreateIndex(
                name: "ix_review_decisions_body_id_round_id",
                schema: "rounds",
                table: "review_decisions",
                columns: new[] { "body_id", "round_id" });

            migrationBuilder.CreateIndex(
                name: "ix_review_decisions_review_task_id",
                schema: "rounds",
                table: "review_decisions",
                column: "review_task_id");

            migrationBuilder.CreateIndex(
                name: "ix_review_tasks_body_id",
                schema: "rounds",
                table: "review_tasks",
                column: "body_id");

            migrationBuilder.CreateIndex(
                name: "ix_review_tasks_round_id_contact_id",
                schema: "rounds",
                table: "review_tasks",
                columns: new[] { "round_id", "contact_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rounds_body_id_status",
                schema: "rounds",
                table: "rounds",
                columns: new[] { "body_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_rounds_idempotency_key",
                schema: "rounds",
                table: "rounds",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_task_contacts_body_id_contact_id",
                schema: "rounds",
                table: "task_contacts",
                columns: new[] { "body_id", "contact_id" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_body_id_round_id_status",
                schema: "rounds",
                table: "tasks",
                columns: new[] { "body_id", "round_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_round_id_organisation_id",
                schema: "rounds",
                table: "tasks",
                columns: new[] { "round_id", "organisation_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "answer_versions",
                schema: "rounds");

            migrationBuilder.DropTable(
                name: "attachments",
                schema: "rounds");

            migrationBuilder.DropTable(
                name: "deliveries",
                schema: "rounds");

            migrationBuilder.DropTable(
                name: "documents",
                schema: "rounds");

            migrationBuilder.DropTable(
                name: "review_decisions",
                schema: "rounds");

            migrationBuilder.DropTable(
                name: "task_contacts",
                schema: "rounds");

            migrationBuilder.DropTable(
                name: "answers",
                schema: "rounds");

            migrationBuilder.DropTable(
                name: "review_tasks",
                schema: "rounds");

            migrationBuilder.DropTable(
                name: "tasks",
                schema: "rounds");

            migrationBuilder.DropTable(
                name: "rounds",
                schema: "rounds");
        }
    }
}
