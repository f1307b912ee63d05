using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parley.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnalysisProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "analysis_profiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Issues = table.Column<string>(type: "TEXT", nullable: false),
                    Reservation = table.Column<double>(type: "REAL", nullable: false),
                    SharedWithMediators = table.Column<bool>(type: "INTEGER", nullable: false),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OwnerParty = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analysis_profiles", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_analysis_profiles_Party",
                table: "analysis_profiles",
                column: "Party");

            migrationBuilder.CreateIndex(
                name: "IX_analysis_profiles_Visibility_OwnerParty",
                table: "analysis_profiles",
                columns: new[] { "Visibility", "OwnerParty" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "analysis_profiles");
        }
    }
}
