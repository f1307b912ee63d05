using System.Data.Common;
using System.Net;
using Microsoft.Data.Sqlite;
using Npgsql;
using Parley.Cli.Commands;
using Parley.Ledger.Notes;
using Parley.Ledger.Verification;
using static Parley.Cli.Tests.Commands.VerifyCommandTests;

namespace Parley.Cli.Tests.Commands;

/// <summary>
/// Direct edits and deletions of the rows of public records (the projections the record API serves), in SQLite and
/// PostgreSQL under the real server process, many random ones: each is named by the verifier; once the row is put
/// back the log and every record verify again. <c>parley verify</c> itself is run on one tampering.
/// </summary>
public sealed class RecordTamperingTests : IDisposable
{
    private const int Tamperings = 24;
    private static readonly (string Table, string Api)[] Tables =
    [
        ("parties", "parties"), ("persons", "persons"), ("rounds", "rounds"), ("summit_proposals", "summits"),
        ("deadlines", "deadlines"), ("positions", "positions"), ("statements", "statements"), ("incidents", "incidents"),
        ("disputed_figures", "figures"), ("notes", "notes"),
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("parley-records-").FullName;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task Tampered_record_rows_are_named_by_verify(string provider)
    {
        var data = Path.Combine(_dir, "data");
        var (connectionString, drop) = Database(provider, data);
        try
        {
            using var server = await ServerProcess.StartAsync(data, connectionString: connectionString);
            var (code, hostKey, err) = Run("log", "key", "--data", data);
            Assert.True(code == 0, err);
            var logKey = NoteVerifier.Parse(hostKey.Trim());
            using var client = new HttpClient { BaseAddress = new Uri(server.Url) };
            var fetcher = new HttpLogFetcher(client, new Uri(server.Url));
            await using var db = await OpenAsync(provider, connectionString, data);

            var (clean, records) = await VerifyCommand.VerifyWithRecordsAsync(fetcher, logKey, null, CancellationToken.None, TimeSpan.FromSeconds(3));
            Assert.True(clean.Ok, clean.Message);
            Assert.True(records > 10, $"the demo record should have more than 10 public records, verify matched {records}");

            var random = new Random(provider.Length * 7919);
            var done = 0;
            var deletions = 0;
            var (ran, cliChecked) = (0, false);
            while (done < Tamperings)
            {
                Assert.True(++ran < Tamperings * 20, $"only {done} usable tamperings in {ran} attempts");
                var (table, api) = Tables[random.Next(Tables.Length)];
                var rows = await RowTamper.PublicRowsAsync(db, table);
                if (rows.Count == 0)
                {
                    continue;
                }
                var row = rows[random.Next(rows.Count)];
                var before = await GetAsync(client, $"api/{api}/{row.Id}");
                var delete = random.Next(4) == 0;
                var restore = delete ? await row.DeleteAsync(db) : await row.EditAsync(db, random);
                if (restore is null)
                {
                    continue;
                }
                try
                {
                    var after = await GetAsync(client, $"api/{api}/{row.Id}");
                    if (after.Status == HttpStatusCode.InternalServerError || after == before)
                    {
                        // The server could not read the forged value back, or the column is not part of what it serves.
                        continue;
                    }
                    var (result, _) = await VerifyCommand.VerifyWithRecordsAsync(fetcher, logKey, null, CancellationToken.None, TimeSpan.FromMilliseconds(200));
                    Assert.False(result.Ok, $"{restore.Description} in {table} {row.Id} was not detected");
                    Assert.Contains(row.Id, result.Message, StringComparison.OrdinalIgnoreCase);
                    Assert.Contains("record", result.Message, StringComparison.Ordinal);
                    if (!cliChecked)
                    {
                        (code, _, err) = Run("verify", "--url", server.Url, "--key", hostKey.Trim());
                        Assert.Equal(1, code);
                        Assert.Contains(row.Id, err, StringComparison.OrdinalIgnoreCase);
                        cliChecked = true;
                    }
                    done++;
                    deletions += delete ? 1 : 0;
                }
                finally
                {
                    await restore.Undo();
                }
            }
            Assert.InRange(deletions, 1, Tamperings - 1);
            var (again, count) = await VerifyCommand.VerifyWithRecordsAsync(fetcher, logKey, null, CancellationToken.None, TimeSpan.FromSeconds(3));
            Assert.True(again.Ok, again.Message);
            Assert.Equal(records, count);
            (code, var output, err) = Run("verify", "--url", server.Url, "--key", hostKey.Trim());
            Assert.True(code == 0, err);
            Assert.Contains($"records {records}", output, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
            await drop();
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static (string? ConnectionString, Func<Task> Drop) Database(string provider, string data)
    {
        if (provider == "sqlite")
        {
            return (null, () => Task.CompletedTask);
        }
        var server = Parley.Tests.Shared.TestServers.Postgres;
        var name = "parley_records_" + Guid.NewGuid().ToString("N")[..16];
        return (new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, async () =>
        {
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await command.ExecuteNonQueryAsync();
        });
    }

    private static async Task<DbConnection> OpenAsync(string provider, string? connectionString, string data)
    {
        DbConnection connection = provider == "sqlite"
            ? new SqliteConnection(Parley.Tests.Shared.TestServers.Sqlite(data))
            : new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
