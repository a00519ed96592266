using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Review4U.Email.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialEmail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "email");

            migrationBuilder.CreateTable(
                name: "address_status",
                schema: "email",
                columns: table => new
                {
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    address = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    outbox_id = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_address_status", x => new { x.body_id, x.address });
                });

            migrationBuilder.CreateTable(
                name: "inbound",
                schema: "email",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_id = table.Column<string>(type: "text", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: true),
                    task_id = table.Column<Guid>(type: "uuid", nullable: true),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: true),
                    outbox_id = table.Column<Guid>(type: "uuid", nullable: true),
                    matched_by = table.Column<string>(type: "text", nullable: true),
                    from_address = table.Column<string>(type: "text", nullable: false),
                    subject = table.Column<string>(type: "text", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    original_text = table.Column<string>(type: "text", nullable: false),
                    attachments = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbound", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "magic_links",
                schema: "email",
                columns: table => new
                {
                    token_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_magic_links", x => x.token_hash);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                schema: "email",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    idempotency_key = table.Column<string>(type: "text", nullable: false),
                    category = table.Column<string>(type: "text", nullable: false),
                    scope_id = table.Column<Guid>(type: "uuid", nullable: true),
                    task_id = table.Column<Guid>(type: "uuid", nullable: true),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: true),
                    language = table.Column<string>(type: "text", nullable: false),
                    message_id = table.Column<string>(type: "text", nullable: false),
                    reply_token = table.Column<string>(type: "text", nullable: true),
                    from_address = table.Column<string>(type: "text", nullable: false),
                    to_address = table.Column<string>(type: "text", nullable: false),
                    to_name = table.Column<string>(type: "text", nullable: true),
                    reply_to = table.Column<string>(type: "text", nullable: true),
                    subject = table.Column<string>(type: "text", nullable: false),
                    text_body = table.Column<string>(type: "text", nullable: false),
                    html_body = table.Column<string>(type: "text", nullable: true),
                    headers = table.Column<string>(type: "jsonb", nullable: false),
                    attachments = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    claim_id = table.Column<Guid>(type: "uuid", nullable: true),
                    claimed_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => x.id);
                    table.CheckConstraint("ck_outbox_status", "status IN ('queued','sending','sent','failed')");
                });

            migrationBuilder.CreateTable(
                name: "reminder_mutes",
                schema: "email",
                columns: table => new
                {
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scope_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    muted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminder_mutes", x => new { x.body_id, x.scope_id, x.contact_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_inbound_body_task",
                schema: "email",
                table: "inbound",
                columns: new[] { "body_id", "task_id" });

            migrationBuilder.CreateIndex(
                name: "ux_inbound_message_id",
                schema: "email",
                table: "inbound",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_magic_links_scope",
                schema: "email",
                table: "magic_links",
                columns: new[] { "body_id", "task_id", "contact_id" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_body_scope",
                schema: "email",
                table: "outbox",
                columns: new[] { "body_id", "scope_id", "category" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_claimed",
                schema: "email",
                table: "outbox",
                column: "claimed_until",
                filter: "status = 'sending'");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_due",
                schema: "email",
                table: "outbox",
                column: "next_attempt_at",
                filter: "status = 'queued'");

            migrationBuilder.CreateIndex(
                name: "ux_outbox_idempotency_key",
                schema: "email",
                table: "outbox",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_outbox_message_id",
                schema: "email",
                table: "outbox",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_outbox_reply_token",
                schema: "email",
                table: "outbox",
                column: "reply_token",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "address_status",
                schema: "email");

            migrationBuilder.DropTable(
                name: "inbound",
                schema: "email");

            migrationBuilder.DropTable(
                name: "magic_links",
                schema: "email");

            migrationBuilder.DropTable(
                name: "outbox",
                schema: "email");

            migrationBuilder.DropTable(
                name: "reminder_mutes",
                schema: "email");
        }
    }
}
