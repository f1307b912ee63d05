using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Parley.Data.Migrations.Npgsql
{
    /// <inheritdoc />
    public partial class text2ProposalsAndInitials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "text_initials",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TextId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Party = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    KeyName = table.Column<string>(type: "text", nullable: false),
                    Note = table.Column<string>(type: "text", nullable: false),
                    VerifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_text_initials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_text_initials_texts_TextId",
                        column: x => x.TextId,
                        principalTable: "texts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "text_proposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TextId = table.Column<Guid>(type: "uuid", nullable: false),
                    Party = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Clause = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Bracket = table.Column<int>(type: "integer", nullable: true),
                    Wording = table.Column<string>(type: "text", nullable: false),
                    BasedOnVersion = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FoldedInVersion = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_text_proposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_text_proposals_texts_TextId",
                        column: x => x.TextId,
                        principalTable: "texts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_text_initials_TextId_Version_Party",
                table: "text_initials",
                columns: new[] { "TextId", "Version", "Party" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_text_proposals_TextId_Status",
                table: "text_proposals",
                columns: new[] { "TextId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "text_initials");

            migrationBuilder.DropTable(
                name: "text_proposals");
        }
    }
}
