using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parley.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Humanitarian : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "child_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Commitment = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Sealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    OpenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    History = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exchange_batch_members",
                columns: table => new
                {
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReleasedBy = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_batch_members", x => new { x.BatchId, x.LinkId });
                });

            migrationBuilder.CreateTable(
                name: "exchange_batches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FirstParty = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    SecondParty = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Terms = table.Column<string>(type: "TEXT", nullable: false),
                    ManifestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FirstSignedManifest = table.Column<bool>(type: "INTEGER", nullable: false),
                    SecondSignedManifest = table.Column<bool>(type: "INTEGER", nullable: false),
                    FirstConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    SecondConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exchange_signatures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    KeyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false),
                    Released = table.Column<string>(type: "TEXT", nullable: false),
                    Received = table.Column<string>(type: "TEXT", nullable: false),
                    VerifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_signatures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "party_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    VerifierKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    KeyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_party_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "person_links",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeftPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RightPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FoundAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_links", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "person_lists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    HeldBy = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    FileSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Military = table.Column<int>(type: "INTEGER", nullable: false),
                    Civilian = table.Column<int>(type: "INTEGER", nullable: false),
                    Children = table.Column<int>(type: "INTEGER", nullable: false),
                    CommitmentsSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_lists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "personal_data_reads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RemoteAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LoggedInBatch = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personal_data_reads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_persons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ListId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ListedBy = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    HeldBy = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Priorities = table.Column<int>(type: "INTEGER", nullable: false),
                    Commitment = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Sealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ListedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ErasedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_persons", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_child_cases_Party_Status",
                table: "child_cases",
                columns: new[] { "Party", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_exchange_batch_members_LinkId",
                table: "exchange_batch_members",
                column: "LinkId");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_signatures_BatchId_Party_Kind",
                table: "exchange_signatures",
                columns: new[] { "BatchId", "Party", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_party_keys_Party",
                table: "party_keys",
                column: "Party");

            migrationBuilder.CreateIndex(
                name: "IX_party_keys_VerifierKey",
                table: "party_keys",
                column: "VerifierKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_person_links_LeftPersonId_RightPersonId",
                table: "person_links",
                columns: new[] { "LeftPersonId", "RightPersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_person_links_RightPersonId",
                table: "person_links",
                column: "RightPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_person_links_Status",
                table: "person_links",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_person_lists_Party_FileSha256",
                table: "person_lists",
                columns: new[] { "Party", "FileSha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_personal_data_reads_AtUtc",
                table: "personal_data_reads",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_personal_data_reads_LoggedInBatch",
                table: "personal_data_reads",
                column: "LoggedInBatch");

            migrationBuilder.CreateIndex(
                name: "IX_personal_data_reads_RecordId",
                table: "personal_data_reads",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_persons_Commitment",
                table: "registry_persons",
                column: "Commitment",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_persons_ListedBy_Category",
                table: "registry_persons",
                columns: new[] { "ListedBy", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_persons_ListId",
                table: "registry_persons",
                column: "ListId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "child_cases");

            migrationBuilder.DropTable(
                name: "exchange_batch_members");

            migrationBuilder.DropTable(
                name: "exchange_batches");

            migrationBuilder.DropTable(
                name: "exchange_signatures");

            migrationBuilder.DropTable(
                name: "party_keys");

            migrationBuilder.DropTable(
                name: "person_links");

            migrationBuilder.DropTable(
                name: "person_lists");

            migrationBuilder.DropTable(
                name: "personal_data_reads");

            migrationBuilder.DropTable(
                name: "registry_persons");
        }
    }
}
