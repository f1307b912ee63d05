using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Parley.Data.Entities;
using Parley.Domain.Access;
using Parley.Domain.Records;
using Parley.Ledger.Entries;
using Parley.Ledger.Storage;
using LedgerVisibility = Parley.Ledger.Entries.Visibility;

namespace Parley.Application.Log;

/// <summary>
/// The one writer of the verifiable log: one entry per change, appended on the change's own connection and
/// transaction (so record, audit row and entry commit together). Public content enters in the clear (or as its
/// hash when larger than an entry allows); anything else enters only as a salted commitment whose salt is kept in
/// <c>ledger_openings</c>, served with the record to those who may read it.
/// </summary>
internal static class LogAppender
{
    /// <summary>The canonical content of a record: what a public entry carries and what a commitment binds.</summary>
    internal static readonly JsonSerializerOptions ContentOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private const int InlineLimit = 48 * 1024;

    /// <summary>A talks record's change: <c>{kind}.{action}</c>, in the clear when public, else as a commitment.</summary>
    public static async Task AppendRecordAsync(DbContext db, Viewer actor, AuditAction action, TalkRecord record, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var kind = $"{record.Kind.ToString().ToLowerInvariant()}.{action.ToString().ToLowerInvariant()}";
        var content = Content(record);
        if (record.Visibility == Domain.Access.Visibility.Public)
        {
            var store = await StoreAsync(db, cancellationToken);
            var payload = Payload(record, content);
            await store.AppendAsync(seq => [LogEntry.ForPublic(seq, now, Author(actor), actor.Party, kind, payload).ToBytes()], cancellationToken);
            return;
        }
        await AppendCommitmentAsync(db, actor, kind, (LedgerVisibility)(int)record.Visibility, record.Id.ToString(), record.Version, content, now, cancellationToken);
    }

    /// <summary>An entry whose payload carries no personal or private data, in the clear.</summary>
    public static async Task AppendPublicAsync(DbContext db, Viewer actor, string kind, object payload, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var store = await StoreAsync(db, cancellationToken);
        var element = JsonSerializer.SerializeToElement(payload, ContentOptions);
        await store.AppendAsync(seq => [LogEntry.ForPublic(seq, now, Author(actor), actor.Party, kind, element).ToBytes()], cancellationToken);
    }

    /// <summary>
    /// A public entry written on no one's behalf (no author, no party) whose <c>commitment</c> binds non-public
    /// content through a salted commitment; the salt is kept as the opening of <paramref name="recordId"/>.
    /// </summary>
    public static async Task AppendSystemAsync(DbContext db, string kind, object publicPart, string recordId, object hidden, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var store = await StoreAsync(db, cancellationToken);
        var commitment = SaltedCommitment.Create(JsonSerializer.SerializeToElement(hidden, ContentOptions));
        var fields = JsonSerializer.SerializeToElement(publicPart, ContentOptions).EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value);
        fields["commitment"] = Convert.ToHexStringLower(commitment.Hash);
        var element = JsonSerializer.SerializeToElement(fields, ContentOptions);
        var seq = await store.AppendAsync(s => [LogEntry.ForPublic(s, now, LogAuthor.System, null, kind, element).ToBytes()], cancellationToken);
        await store.SaveOpeningAsync(seq, recordId, 1, commitment.Salt, cancellationToken);
    }

    /// <summary>A shared (non-public) change of the humanitarian track, as a salted commitment to its content.</summary>
    public static Task AppendCommitmentAsync(DbContext db, Viewer actor, string kind, string recordId, int version, object content, DateTimeOffset now, CancellationToken cancellationToken) =>
        AppendCommitmentAsync(db, actor, kind, LedgerVisibility.Shared, recordId, version, JsonSerializer.SerializeToElement(content, ContentOptions), now, cancellationToken);

    /// <summary>A change seen by <paramref name="visibility"/>'s readers only (a party's draft, say), as a salted commitment to its content.</summary>
    public static Task AppendCommitmentAsync(DbContext db, Viewer actor, string kind, Domain.Access.Visibility visibility, string recordId, int version, object content, DateTimeOffset now, CancellationToken cancellationToken) =>
        AppendCommitmentAsync(db, actor, kind, (LedgerVisibility)(int)visibility, recordId, version, JsonSerializer.SerializeToElement(content, ContentOptions), now, cancellationToken);

    /// <summary>The record as the log binds it: its JSON with web defaults and enum names.</summary>
    public static JsonElement Content(TalkRecord record) => JsonSerializer.SerializeToElement(record, record.GetType(), ContentOptions);

    private static async Task AppendCommitmentAsync(DbContext db, Viewer actor, string kind, LedgerVisibility visibility, string recordId, int version, JsonElement content, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var store = await StoreAsync(db, cancellationToken);
        var commitment = SaltedCommitment.Create(content);
        var seq = await store.AppendAsync(s => [LogEntry.ForCommitment(s, now, Author(actor), actor.Party, kind, visibility, commitment).ToBytes()], cancellationToken);
        await store.SaveOpeningAsync(seq, recordId, version, commitment.Salt, cancellationToken);
    }

    private static JsonElement Payload(TalkRecord record, JsonElement content)
    {
        var canonical = CanonicalJson.Serialize(content);
        // Large content enters as its hash: a tlog-tiles entry is at most 64 KiB.
        return canonical.Length <= InlineLimit
            ? JsonSerializer.SerializeToElement(new { id = record.Id, version = record.Version, record = content })
            : JsonSerializer.SerializeToElement(new { id = record.Id, version = record.Version, sha256 = Convert.ToBase64String(SHA256.HashData(canonical)) });
    }

    private static async Task<DbLogStore> StoreAsync(DbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("log entries are appended inside the change's transaction");
        await LogSchema.EnsureAsync(connection, transaction, cancellationToken);
        return new DbLogStore(connection, transaction);
    }

    private static string Author(Viewer actor) => LogAuthor.Of(actor);
}
