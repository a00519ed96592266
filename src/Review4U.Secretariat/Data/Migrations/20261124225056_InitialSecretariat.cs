using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Review4U.Secretariat.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialSecretariat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "secretariat");

            migrationBuilder.CreateTable(
                name: "interests",
                schema: "secretariat",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    renewal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    motivation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    source = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_interests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "relay_targets",
                schema: "secretariat",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    relay_id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    coordinator_contact_id = table.Column<Guid>(type: "uuid", nullable: true),
                    linked_round_id = table.Column<Guid>(type: "uuid", nullable: true),
                    launched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_relay_targets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "relays",
                schema: "secretariat",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    origin_round_id = table.Column<Guid>(type: "uuid", nullable: true),
                    title = table.Column<string>(type: "text", nullable: false),
                    message = table.Column<string>(type: "text", nullable: false),
                    deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    idempotency_key = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_relays", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "renewals",
                schema: "secretariat",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    term_id = table.Column<Guid>(type: "uuid", nullable: false),
                    term_ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    secretariat_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ballot_id = table.Column<Guid>(type: "uuid", nullable: false),
                    interest_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    quorum = table.Column<int>(type: "integer", nullable: false),
                    decider_count = table.Column<int>(type: "integer", nullable: false),
                    decision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    result_term_id = table.Column<Guid>(type: "uuid", nullable: true),
                    workflow_instance_id = table.Column<Guid>(type: "uuid", nullable: true),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_renewals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "votes",
                schema: "secretariat",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body_id = table.Column<Guid>(type: "uuid", nullable: false),
                    renewal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    choice = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    voted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_votes", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_interests_body_id",
                schema: "secretariat",
                table: "interests",
                column: "body_id");

            migrationBuilder.CreateIndex(
                name: "ix_interests_renewal_id_organisation_id",
                schema: "secretariat",
                table: "interests",
                columns: new[] { "renewal_id", "organisation_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_relay_targets_linked_round_id",
                schema: "secretariat",
                table: "relay_targets",
                column: "linked_round_id");

            migrationBuilder.CreateIndex(
                name: "ix_relay_targets_relay_id_body_id",
                schema: "secretariat",
                table: "relay_targets",
                columns: new[] { "relay_id", "body_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_relays_body_id",
                schema: "secretariat",
                table: "relays",
                column: "body_id");

            migrationBuilder.CreateIndex(
                name: "ix_relays_idempotency_key",
                schema: "secretariat",
                table: "relays",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_renewals_ballot_id",
                schema: "secretariat",
                table: "renewals",
                column: "ballot_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_renewals_body_id_term_id_term_ends_on",
                schema: "secretariat",
                table: "renewals",
                columns: new[] { "body_id", "term_id", "term_ends_on" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_votes_body_id",
                schema: "secretariat",
                table: "votes",
                column: "body_id");

            migrationBuilder.CreateIndex(
                name: "ix_votes_renewal_id_contact_id",
                schema: "secretariat",
                table: "votes",
                columns: new[] { "renewal_id", "contact_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "interests",
                schema: "secretariat");

            migrationBuilder.DropTable(
                name: "relay_targets",
                schema: "secretariat");

            migrationBuilder.DropTable(
                name: "relays",
                schema: "secretariat");

            migrationBuilder.DropTable(
                name: "renewals",
                schema: "secretariat");

            migrationBuilder.DropTable(
                name: "votes",
                schema: "secretariat");
        }
    }
}
