using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Review4U.Workflows.Hangfire.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialWorkflowSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "workflow");

            migrationBuilder.CreateTable(
                name: "definitions",
                schema: "workflow",
                columns: table => new
                {
                    definition_id = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    stored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_definitions", x => new { x.definition_id, x.version });
                });

            migrationBuilder.CreateTable(
                name: "pending_events",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    event_name = table.Column<string>(type: "text", nullable: false),
                    event_key = table.Column<string>(type: "text", nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    consumed_by_bookmark_id = table.Column<Guid>(type: "uuid", nullable: true),
                    consumed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pending_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "trigger_occurrences",
                schema: "workflow",
                columns: table => new
                {
                    trigger_key = table.Column<string>(type: "text", nullable: false),
                    occurrence = table.Column<string>(type: "text", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trigger_occurrences", x => new { x.trigger_key, x.occurrence });
                });

            migrationBuilder.CreateTable(
                name: "instances",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    definition_id = table.Column<string>(type: "text", nullable: false),
                    definition_version = table.Column<int>(type: "integer", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    inputs = table.Column<string>(type: "jsonb", nullable: false),
                    variables = table.Column<string>(type: "jsonb", nullable: false),
                    output = table.Column<string>(type: "jsonb", nullable: true),
                    idempotency_key = table.Column<string>(type: "text", nullable: true),
                    parent_instance_id = table.Column<Guid>(type: "uuid", nullable: true),
                    parent_bookmark_id = table.Column<Guid>(type: "uuid", nullable: true),
                    started_by = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instances", x => x.id);
                    table.ForeignKey(
                        name: "FK_instances_definitions_definition_id_definition_version",
                        columns: x => new { x.definition_id, x.definition_version },
                        principalSchema: "workflow",
                        principalTable: "definitions",
                        principalColumns: new[] { "definition_id", "version" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bookmarks",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scope = table.Column<string>(type: "text", nullable: false),
                    step_id = table.Column<string>(type: "text", nullable: false),
                    iteration = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    event_name = table.Column<string>(type: "text", nullable: true),
                    event_key = table.Column<string>(type: "text", nullable: true),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bookmarks", x => x.id);
                    table.ForeignKey(
                        name: "FK_bookmarks_instances_instance_id",
                        column: x => x.instance_id,
                        principalSchema: "workflow",
                        principalTable: "instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "branches",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    parent_branch_id = table.Column<Guid>(type: "uuid", nullable: true),
                    fork_step_id = table.Column<string>(type: "text", nullable: true),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    branch_key = table.Column<string>(type: "text", nullable: true),
                    scope = table.Column<string>(type: "text", nullable: false),
                    item_name = table.Column<string>(type: "text", nullable: true),
                    item = table.Column<string>(type: "jsonb", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    step_id = table.Column<string>(type: "text", nullable: true),
                    iteration = table.Column<int>(type: "integer", nullable: false),
                    visits = table.Column<string>(type: "jsonb", nullable: false),
                    resume = table.Column<string>(type: "jsonb", nullable: true),
                    attempt = table.Column<int>(type: "integer", nullable: false),
                    outputs = table.Column<string>(type: "jsonb", nullable: false),
                    children_total = table.Column<int>(type: "integer", nullable: false),
                    children_done = table.Column<int>(type: "integer", nullable: false),
                    join_needed = table.Column<int>(type: "integer", nullable: false),
                    ready_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_branches", x => x.id);
                    table.ForeignKey(
                        name: "FK_branches_instances_instance_id",
                        column: x => x.instance_id,
                        principalSchema: "workflow",
                        principalTable: "instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "incidents",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scope = table.Column<string>(type: "text", nullable: false),
                    step_id = table.Column<string>(type: "text", nullable: false),
                    iteration = table.Column<int>(type: "integer", nullable: false),
                    error = table.Column<string>(type: "text", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolved_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incidents", x => x.id);
                    table.ForeignKey(
                        name: "FK_incidents_instances_instance_id",
                        column: x => x.instance_id,
                        principalSchema: "workflow",
                        principalTable: "instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "journal",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    step_id = table.Column<string>(type: "text", nullable: true),
                    scope = table.Column<string>(type: "text", nullable: true),
                    detail = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_journal", x => x.id);
                    table.ForeignKey(
                        name: "FK_journal_instances_instance_id",
                        column: x => x.instance_id,
                        principalSchema: "workflow",
                        principalTable: "instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "step_executions",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scope = table.Column<string>(type: "text", nullable: false),
                    step_id = table.Column<string>(type: "text", nullable: false),
                    iteration = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    output = table.Column<string>(type: "jsonb", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_step_executions", x => x.id);
                    table.ForeignKey(
                        name: "FK_step_executions_instances_instance_id",
                        column: x => x.instance_id,
                        principalSchema: "workflow",
                        principalTable: "instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bookmarks_branch_id_kind_iteration",
                schema: "workflow",
                table: "bookmarks",
                columns: new[] { "branch_id", "kind", "iteration" },
                unique: true,
                filter: "status = 'open'");

            migrationBuilder.CreateIndex(
                name: "IX_bookmarks_due_at",
                schema: "workflow",
                table: "bookmarks",
                column: "due_at",
                filter: "status = 'open'");

            migrationBuilder.CreateIndex(
                name: "IX_bookmarks_event_name_event_key",
                schema: "workflow",
                table: "bookmarks",
                columns: new[] { "event_name", "event_key" },
                filter: "status = 'open'");

            migrationBuilder.CreateIndex(
                name: "IX_bookmarks_instance_id_status",
                schema: "workflow",
                table: "bookmarks",
                columns: new[] { "instance_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_branches_instance_id_status_ready_at",
                schema: "workflow",
                table: "branches",
                columns: new[] { "instance_id", "status", "ready_at" });

            migrationBuilder.CreateIndex(
                name: "IX_branches_parent_branch_id_status",
                schema: "workflow",
                table: "branches",
                columns: new[] { "parent_branch_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_branches_status_ready_at",
                schema: "workflow",
                table: "branches",
                columns: new[] { "status", "ready_at" },
                filter: "status = 'ready'");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_instance_id_status",
                schema: "workflow",
                table: "incidents",
                columns: new[] { "instance_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_instances_body_id",
                schema: "workflow",
                table: "instances",
                column: "body_id");

            migrationBuilder.CreateIndex(
                name: "IX_instances_definition_id_definition_version",
                schema: "workflow",
                table: "instances",
                columns: new[] { "definition_id", "definition_version" });

            migrationBuilder.CreateIndex(
                name: "IX_instances_idempotency_key",
                schema: "workflow",
                table: "instances",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_instances_parent_instance_id",
                schema: "workflow",
                table: "instances",
                column: "parent_instance_id");

            migrationBuilder.CreateIndex(
                name: "IX_instances_status_created_at",
                schema: "workflow",
                table: "instances",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_journal_instance_id_id",
                schema: "workflow",
                table: "journal",
                columns: new[] { "instance_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_pending_events_event_name_event_key_id",
                schema: "workflow",
                table: "pending_events",
                columns: new[] { "event_name", "event_key", "id" },
                filter: "consumed_by_bookmark_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_step_executions_branch_id",
                schema: "workflow",
                table: "step_executions",
                column: "branch_id");

            migrationBuilder.CreateIndex(
                name: "IX_step_executions_instance_id_scope_step_id_iteration",
                schema: "workflow",
                table: "step_executions",
                columns: new[] { "instance_id", "scope", "step_id", "iteration" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bookmarks",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "branches",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "incidents",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "journal",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "pending_events",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "step_executions",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "trigger_occurrences",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "instances",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "definitions",
                schema: "workflow");
        }
    }
}
