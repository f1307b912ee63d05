using System.Text;
using Parley.Ledger.Serving;
using Parley.Ledger.Storage;
using Parley.Ledger.Verification;

namespace Parley.Ledger.Tests.Verification;

/// <summary>
/// Serves the tlog-tiles paths straight from a real database through <see cref="LogResources"/>, the code the server's
/// endpoints run, opening a connection per request as the server does. Only the HTTP hop is left out.
/// </summary>
internal sealed class StoreFetcher(TestDatabaseHandle database) : ILogFetcher
{
    /// <summary>The registered party keys cosignatures are checked against.</summary>
    public List<Parley.Ledger.Notes.NoteVerifier> Cosigners { get; } = [];

    public async Task<byte[]?> GetAsync(string path, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync();
        var store = new DbLogStore(connection);
        var resource = path == "log/checkpoint"
            ? await LogResources.CheckpointAsync(store, cancellationToken)
            : await LogResources.TileAsync(store, path["log/".Length..], cancellationToken);
        return resource?.Body;
    }

    public async Task<(int Status, string Body)> PostAsync(string path, string body, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync();
        try
        {
            var stored = await CosignatureIntake.AcceptAsync(new DbLogStore(connection), Encoding.UTF8.GetBytes(body), 1, Cosigners, cancellationToken);
            return (200, $"{stored.Count} stored");
        }
        catch (LedgerFormatException e)
        {
            return (400, e.Message);
        }
    }
}

/// <summary>Lets a test switch the database a fetcher serves from (a forking server shows another history).</summary>
internal sealed class TestDatabaseHandle(Storage.TestDatabase database)
{
    public Storage.TestDatabase Database { get; set; } = database;

    public Task<System.Data.Common.DbConnection> OpenAsync() => Database.OpenAsync();
}
