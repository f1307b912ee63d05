using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Parley.Domain.Access;
using Parley.Ledger.Entries;
using Parley.Ledger.Storage;
using Parley.Data;
using Parley.Data.Configuration;
using Parley.Data.Entities;
using Parley.Data.Humanitarian;
using Parley.Data.Identity;
using Parley.Data.Keys;
using Parley.Data.Writing;
using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;
using LedgerVisibility = Parley.Ledger.Entries.Visibility;

namespace Parley.Application.Log;

/// <summary>
/// Log entries for the humanitarian track, appended in the change's own transaction like
/// <see cref="RecordLog"/>. What carries no personal data (list counts and commitment hashes, batch
/// manifests and signatures, the audit trail's batch hashes) enters in the clear; the rest (review
/// decisions, children's cases) enters as a salted commitment opened only to those allowed.
/// </summary>
internal static class TrackLog
{
    public static async Task AppendPublicAsync(DbContext db, Viewer actor, string kind, object payload, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var store = await StoreAsync(db, cancellationToken);
        var element = JsonSerializer.SerializeToElement(payload, RecordLog.ContentOptions);
        await store.AppendAsync(seq => [LogEntry.ForPublic(seq, now, Author(actor), actor.Party, kind, element).ToBytes()], cancellationToken);
    }

    /// <summary>
    /// A public entry written on no one's behalf (no author, no party) whose <c>commitment</c> binds non-public
    /// content through a salted commitment; the salt is kept as the opening of <paramref name="recordId"/>.
    /// </summary>
    public static async Task AppendSystemAsync(DbContext db, string kind, object publicPart, string recordId, object hidden, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var store = await StoreAsync(db, cancellationToken);
        var commitment = SaltedCommitment.Create(JsonSerializer.SerializeToElement(hidden, RecordLog.ContentOptions));
        var fields = JsonSerializer.SerializeToElement(publicPart, RecordLog.ContentOptions).EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value);
        fields["commitment"] = Convert.ToHexStringLower(commitment.Hash);
        var element = JsonSerializer.SerializeToElement(fields, RecordLog.ContentOptions);
        var seq = await store.AppendAsync(s => [LogEntry.ForPublic(s, now, LogAuthor.System, null, kind, element).ToBytes()], cancellationToken);
        await store.SaveOpeningAsync(seq, recordId, 1, commitment.Salt, cancellationToken);
    }

    public static async Task AppendCommitmentAsync(DbContext db, Viewer actor, string kind, string recordId, int version, object content, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var store = await StoreAsync(db, cancellationToken);
        var commitment = SaltedCommitment.Create(JsonSerializer.SerializeToElement(content, RecordLog.ContentOptions));
        var seq = await store.AppendAsync(s => [LogEntry.ForCommitment(s, now, Author(actor), actor.Party, kind, LedgerVisibility.Shared, commitment).ToBytes()], cancellationToken);
        await store.SaveOpeningAsync(seq, recordId, version, commitment.Salt, cancellationToken);
    }

    private static async Task<DbLogStore> StoreAsync(DbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("log entries are appended inside the change's transaction");
        await RecordLog.EnsureSchemaAsync(connection, transaction, cancellationToken);
        return new DbLogStore(connection, transaction);
    }

    private static string Author(Viewer actor) => LogAuthor.Of(actor);
}
