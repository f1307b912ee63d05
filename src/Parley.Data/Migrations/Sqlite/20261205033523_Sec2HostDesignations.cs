using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parley.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Sec2HostDesignations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "host_designations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Host = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    KeyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DesignatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevocationNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RevokedKeyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_host_designations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_host_designations_Party_Host",
                table: "host_designations",
                columns: new[] { "Party", "Host" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "host_designations");
        }
    }
}
