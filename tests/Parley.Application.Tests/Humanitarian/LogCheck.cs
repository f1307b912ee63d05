using Parley.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Application.Tests.Infrastructure;
using Parley.Ledger.Notes;
using Parley.Ledger.Serving;
using Parley.Ledger.Storage;
using Parley.Ledger.Tiles;
using Parley.Ledger.Verification;

namespace Parley.Application.Tests.Humanitarian;

/// <summary>Signs checkpoints of a test database's log and verifies it as `parley verify` does, in process.</summary>
internal sealed class LogCheck(TestDatabase database) : IDisposable
{
    private readonly NoteSigner _host = NoteSigner.Generate("parley.local/log");

    public async Task<Checkpoint> PublishAsync()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        await db.Database.OpenConnectionAsync();
        var published = await new CheckpointPublisher(_host, new TileCache(16), TimeProvider.System).PublishAsync(new DbLogStore(db.Database.GetDbConnection()));
        return published ?? throw new InvalidOperationException("nothing to publish");
    }

    public LogVerifier Verifier() => new(new Fetcher(database), _host.Verifier);

    public void Dispose() => _host.Dispose();

    private sealed class Fetcher(TestDatabase database) : ILogFetcher
    {
        public async Task<byte[]?> GetAsync(string path, CancellationToken cancellationToken)
        {
            await using var scope = database.Scope();
            var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
            await db.Database.OpenConnectionAsync(cancellationToken);
            var store = new DbLogStore(db.Database.GetDbConnection());
            var resource = path == "log/checkpoint"
                ? await LogResources.CheckpointAsync(store, cancellationToken)
                : await LogResources.TileAsync(store, path["log/".Length..], cancellationToken);
            return resource?.Body;
        }

        public Task<(int Status, string Body)> PostAsync(string path, string body, CancellationToken cancellationToken) =>
            Task.FromResult((405, "not used"));
    }
}
