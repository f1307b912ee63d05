using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parley.Data.Migrations.Npgsql
{
    /// <inheritdoc />
    public partial class scaleLinkRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Gaps",
                table: "person_links",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "History",
                table: "person_links",
                type: "text",
                nullable: false,
                // Pairs found before histories were kept start with none (an empty JSON list).
                defaultValue: "[]");

            migrationBuilder.AddColumn<Guid>(
                name: "RunId",
                table: "person_links",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Waterfall",
                table: "person_links",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "linkage_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LeftParty = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    RightParty = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    MatchThreshold = table.Column<double>(type: "double precision", nullable: false),
                    ReviewThreshold = table.Column<double>(type: "double precision", nullable: false),
                    LeftCount = table.Column<int>(type: "integer", nullable: false),
                    RightCount = table.Column<int>(type: "integer", nullable: false),
                    Confirmed = table.Column<int>(type: "integer", nullable: false),
                    Review = table.Column<int>(type: "integer", nullable: false),
                    Model = table.Column<string>(type: "text", nullable: false),
                    RanBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RanAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_linkage_runs", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_person_links_RunId",
                table: "person_links",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_linkage_runs_RanAtUtc",
                table: "linkage_runs",
                column: "RanAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "linkage_runs");

            migrationBuilder.DropIndex(
                name: "IX_person_links_RunId",
                table: "person_links");

            migrationBuilder.DropColumn(
                name: "Gaps",
                table: "person_links");

            migrationBuilder.DropColumn(
                name: "History",
                table: "person_links");

            migrationBuilder.DropColumn(
                name: "RunId",
                table: "person_links");

            migrationBuilder.DropColumn(
                name: "Waterfall",
                table: "person_links");
        }
    }
}
