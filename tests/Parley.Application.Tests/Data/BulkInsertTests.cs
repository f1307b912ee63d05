using Parley.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Parley.Data.Humanitarian;
using Parley.Application.Tests.Infrastructure;
using Parley.Data.Writing;
using Parley.Domain.Humanitarian;

namespace Parley.Application.Tests.Data;

public sealed class BulkInsertTests
{
    [Fact]
    public async Task InsertSqlite_stores_every_column_as_ADO_NET_binds_it()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite, loadDemo: false);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        var rows = Persons();
        var entity = db.Model.FindEntityType(typeof(RegistryPerson))!;
        var getters = entity.GetProperties().Select(BulkInsert.Getter).ToArray();
        var insert = $"INSERT INTO registry_persons ({string.Join(", ", entity.GetProperties().Select(p => $"\"{p.GetColumnName()}\""))}) " +
            $"VALUES ({string.Join(", ", getters.Select((_, i) => "@p" + i))})";

        await using var transaction = await db.Database.BeginTransactionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        BulkInsert.InsertSqlite(connection, insert, getters, rows, CancellationToken.None);
        var direct = await QuoteAllAsync(db);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM registry_persons");
        await BulkInsert.InsertCommandsAsync(transaction.GetDbTransaction(), insert, getters, rows, CancellationToken.None);
        var throughAdo = await QuoteAllAsync(db);

        Assert.Equal(rows.Length, direct.Count);
        Assert.Equal(throughAdo, direct);
    }

    [Fact]
    public async Task InsertAsync_duplicate_commitment_fails_with_SQLite_constraint_error()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite, loadDemo: false);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        var rows = Persons();
        rows[1].Commitment = rows[0].Commitment;

        await using var transaction = await db.Database.BeginTransactionAsync();
        var error = await Assert.ThrowsAsync<SqliteException>(() => BulkInsert.InsertAsync(db, rows, CancellationToken.None));
        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT
        Assert.Contains("Commitment", error.Message, StringComparison.Ordinal);
    }

    private static async Task<List<string>> QuoteAllAsync(ParleyDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = "SELECT quote(Id)||quote(ListId)||quote(ListedBy)||quote(HeldBy)||quote(SourceId)||quote(Line)||quote(Category)||" +
            "quote(Priorities)||quote(Commitment)||quote(Sealed)||quote(ListedAtUtc)||quote(ErasedAtUtc)||quote(Version) FROM registry_persons ORDER BY Line";
        var result = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            result.Add(reader.GetString(0));
        return result;
    }

    private static RegistryPerson[] Persons()
    {
        var list = Guid.NewGuid();
        var at = new DateTime(2026, 11, 28, 9, 30, 0, DateTimeKind.Utc);
        return
        [
            Person(1, list, PersonCategory.Military, PriorityGroups.None, [1, 2, 3], at, null),
            Person(2, list, PersonCategory.Civilian, PriorityGroups.SeriouslyWoundedOrSick | PriorityGroups.Minor, null, at.AddTicks(1234567), at.AddDays(1)),
            Person(3, list, PersonCategory.Child, PriorityGroups.Minor, [], at.AddMilliseconds(5), null),
        ];
    }

    private static RegistryPerson Person(int line, Guid list, PersonCategory category, PriorityGroups priorities, byte[]? sealedData, DateTime listedAt, DateTime? erasedAt) => new()
    {
        Id = Guid.CreateVersion7(),
        ListId = list,
        ListedBy = "UA",
        HeldBy = "RU",
        SourceId = $"UA-{line} «Шевченко»",
        Line = line,
        Category = category,
        Priorities = priorities,
        Commitment = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + line,
        Sealed = sealedData,
        ListedAtUtc = listedAt,
        ErasedAtUtc = erasedAt,
        Version = line,
    };
}
