using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Review4U.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialDomain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "review4u");

            migrationBuilder.CreateTable(
                name: "bodies",
                schema: "review4u",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    MemberCountries = table.Column<List<string>>(type: "text[]", nullable: false),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    DefaultLanguage = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Establishment = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FoundedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bodies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                schema: "review4u",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    ThematicAreas = table.Column<List<string>>(type: "text[]", nullable: false),
                    Services = table.Column<List<string>>(type: "text[]", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "government_focal_points",
                schema: "review4u",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Ministry = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    FromDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ToDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_government_focal_points", x => x.Id);
                    table.ForeignKey(
                        name: "FK_government_focal_points_bodies_BodyId",
                        column: x => x.BodyId,
                        principalSchema: "review4u",
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "working_groups",
                schema: "review4u",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_working_groups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_working_groups_bodies_BodyId",
                        column: x => x.BodyId,
                        principalSchema: "review4u",
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                schema: "review4u",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    PreferredLanguage = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Gender = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_contacts_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalSchema: "review4u",
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "memberships",
                schema: "review4u",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_memberships_bodies_BodyId",
                        column: x => x.BodyId,
                        principalSchema: "review4u",
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_memberships_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalSchema: "review4u",
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "secretariat_terms",
                schema: "review4u",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_secretariat_terms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_secretariat_terms_bodies_BodyId",
                        column: x => x.BodyId,
                        principalSchema: "review4u",
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_secretariat_terms_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalSchema: "review4u",
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "role_assignments",
                schema: "review4u",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContactId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExternalName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ExternalEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    ExternalAffiliation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    WorkingGroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_role_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_role_assignments_bodies_BodyId",
                        column: x => x.BodyId,
                        principalSchema: "review4u",
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_role_assignments_contacts_ContactId",
                        column: x => x.ContactId,
                        principalSchema: "review4u",
                        principalTable: "contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_role_assignments_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalSchema: "review4u",
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_role_assignments_working_groups_WorkingGroupId",
                        column: x => x.WorkingGroupId,
                        principalSchema: "review4u",
                        principalTable: "working_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "secretariat_renewals",
                schema: "review4u",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    TermId = table.Column<Guid>(type: "uuid", nullable: false),
                    RenewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PreviousEndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    NewEndsOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_secretariat_renewals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_secretariat_renewals_secretariat_terms_TermId",
                        column: x => x.TermId,
                        principalSchema: "review4u",
                        principalTable: "secretariat_terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bodies_Code",
                schema: "review4u",
                table: "bodies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_contacts_Email",
                schema: "review4u",
                table: "contacts",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_contacts_OrganisationId",
                schema: "review4u",
                table: "contacts",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_government_focal_points_BodyId_Country",
                schema: "review4u",
                table: "government_focal_points",
                columns: new[] { "BodyId", "Country" },
                unique: true,
                filter: "\"ToDate\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_memberships_BodyId_OrganisationId",
                schema: "review4u",
                table: "memberships",
                columns: new[] { "BodyId", "OrganisationId" },
                unique: true,
                filter: "\"LeftOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_memberships_OrganisationId",
                schema: "review4u",
                table: "memberships",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_Key",
                schema: "review4u",
                table: "organisations",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_role_assignments_ContactId",
                schema: "review4u",
                table: "role_assignments",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_role_assignments_one_open_group_lead",
                schema: "review4u",
                table: "role_assignments",
                columns: new[] { "BodyId", "WorkingGroupId" },
                unique: true,
                filter: "\"EndsOn\" IS NULL AND \"Kind\" = 'WorkingGroupLead'");

            migrationBuilder.CreateIndex(
                name: "IX_role_assignments_one_open_single_holder",
                schema: "review4u",
                table: "role_assignments",
                columns: new[] { "BodyId", "Kind" },
                unique: true,
                filter: "\"EndsOn\" IS NULL AND \"Kind\" IN ('Coordinator', 'CoCoordinator', 'AdministrativeFocalPoint', 'GovernmentObserver')");

            migrationBuilder.CreateIndex(
                name: "IX_role_assignments_OrganisationId",
                schema: "review4u",
                table: "role_assignments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_role_assignments_WorkingGroupId",
                schema: "review4u",
                table: "role_assignments",
                column: "WorkingGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_secretariat_renewals_BodyId",
                schema: "review4u",
                table: "secretariat_renewals",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_secretariat_renewals_TermId",
                schema: "review4u",
                table: "secretariat_renewals",
                column: "TermId");

            migrationBuilder.CreateIndex(
                name: "IX_secretariat_terms_BodyId",
                schema: "review4u",
                table: "secretariat_terms",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_secretariat_terms_OrganisationId",
                schema: "review4u",
                table: "secretariat_terms",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_working_groups_BodyId",
                schema: "review4u",
                table: "working_groups",
                column: "BodyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "government_focal_points",
                schema: "review4u");

            migrationBuilder.DropTable(
                name: "memberships",
                schema: "review4u");

            migrationBuilder.DropTable(
                name: "role_assignments",
                schema: "review4u");

            migrationBuilder.DropTable(
                name: "secretariat_renewals",
                schema: "review4u");

            migrationBuilder.DropTable(
                name: "contacts",
                schema: "review4u");

            migrationBuilder.DropTable(
                name: "working_groups",
                schema: "review4u");

            migrationBuilder.DropTable(
                name: "secretariat_terms",
                schema: "review4u");

            migrationBuilder.DropTable(
                name: "bodies",
                schema: "review4u");

            migrationBuilder.DropTable(
                name: "organisations",
                schema: "review4u");
        }
    }
}
