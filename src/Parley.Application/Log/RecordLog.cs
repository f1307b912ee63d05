using System.Collections.Concurrent;
using System.Data.Common;
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
using Parley.Data;
using Parley.Data.Configuration;
using Parley.Data.Humanitarian;
using Parley.Data.Identity;
using Parley.Data.Keys;
using Parley.Data.Writing;
using LedgerVisibility = Parley.Ledger.Entries.Visibility;

namespace Parley.Application.Log;

/// <summary>
/// The verifiable-log side of the write path: one log entry per change, appended on the change's own connection and
/// transaction (so record, audit row and entry commit together). A public record enters in the clear (or as its
/// hash when larger than an entry allows); any other enters only as a salted commitment whose salt is kept in
/// <c>ledger_openings</c>, served with the record to those who may read it.
/// </summary>
internal static class RecordLog
{
    /// <summary>The canonical content of a record: what a public entry carries and what a commitment binds.</summary>
    internal static readonly JsonSerializerOptions ContentOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private const int InlineLimit = 48 * 1024;
    private static readonly ConcurrentDictionary<string, bool> Ready = new();

    public static async Task AppendAsync(DbContext db, Viewer actor, AuditAction action, TalkRecord record, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("log entries are appended inside the change's transaction");
        await EnsureSchemaAsync(connection, transaction, cancellationToken);
        var store = new DbLogStore(connection, transaction);
        var content = Content(record);
        var kind = $"{record.Kind.ToString().ToLowerInvariant()}.{action.ToString().ToLowerInvariant()}";
        var author = LogAuthor.Of(actor);
        var party = actor.Party;
        if (record.Visibility == Domain.Access.Visibility.Public)
        {
            var payload = Payload(record, content);
            await store.AppendAsync(seq => [LogEntry.ForPublic(seq, now, author, party, kind, payload).ToBytes()], cancellationToken);
            return;
        }
        var commitment = SaltedCommitment.Create(content);
        var visibility = (LedgerVisibility)(int)record.Visibility;
        var seq = await store.AppendAsync(s => [LogEntry.ForCommitment(s, now, author, party, kind, visibility, commitment).ToBytes()], cancellationToken);
        await store.SaveOpeningAsync(seq, record.Id.ToString(), record.Version, commitment.Salt, cancellationToken);
    }

    /// <summary>The record as the log binds it: its JSON with web defaults and enum names.</summary>
    public static JsonElement Content(TalkRecord record) => JsonSerializer.SerializeToElement(record, record.GetType(), ContentOptions);

    private static JsonElement Payload(TalkRecord record, JsonElement content)
    {
        var canonical = CanonicalJson.Serialize(content);
        // Large content enters as its hash: a tlog-tiles entry is at most 64 KiB.
        return canonical.Length <= InlineLimit
            ? JsonSerializer.SerializeToElement(new { id = record.Id, version = record.Version, record = content })
            : JsonSerializer.SerializeToElement(new { id = record.Id, version = record.Version, sha256 = Convert.ToBase64String(SHA256.HashData(canonical)) });
    }

    internal static async Task EnsureSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var key = connection.ConnectionString;
        if (Ready.ContainsKey(key))
        {
            return;
        }
        await LedgerSchema.EnsureCreatedAsync(connection, transaction, cancellationToken);
        Ready[key] = true;
    }
}
