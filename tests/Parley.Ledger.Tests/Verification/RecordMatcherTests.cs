using System.Text.Json;
using Parley.Ledger.Entries;
using Parley.Ledger.Verification;

namespace Parley.Ledger.Tests.Verification;

/// <summary>Records served against their entries: public ones by content and version, non-public ones by their commitment.</summary>
public sealed class RecordMatcherTests
{
    private static readonly DateTimeOffset Time = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly string[] Kinds = ["round", "note"];

    [Fact]
    public async Task Matcher_served_as_logged_passes()
    {
        var (entries, records, _) = Log();
        Assert.Null(await RunAsync(entries, records));
    }

    [Fact]
    public async Task Matcher_changed_field_names_record_and_field()
    {
        var (entries, records, _) = Log();
        records[0] = records[0] with { Content = Json("""{"id":"r1","version":2,"venue":"Ankara"}""") };
        var problem = await RunAsync(entries, records);
        Assert.Contains("api/rounds/r1", problem, StringComparison.Ordinal);
        Assert.Contains("field 'venue'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matcher_stale_version_or_deleted_record_is_named()
    {
        var (entries, records, _) = Log();
        Assert.Contains("version 1", await RunAsync(entries, [records[0] with { Version = 1 }]), StringComparison.Ordinal);
        Assert.Contains("does not serve", await RunAsync(entries, []), StringComparison.Ordinal);
        Assert.Contains("no log entry", await RunAsync(entries, [.. records, new VisibleRecord("api/rounds/r9", "r9", 1, Json("""{"id":"r9"}"""))]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matcher_commitment_opens_only_with_its_content_and_salt()
    {
        var (entries, records, salt) = Log();
        var draft = new VisibleRecord("api/notes/n1", "n1", 1, Json("""{"id":"n1","version":1,"text":"draft"}"""), new RecordOpening(2, salt));
        Assert.Null(await RunAsync(entries, [.. records, draft]));
        var changed = draft with { Content = Json("""{"id":"n1","version":1,"text":"forged"}""") };
        Assert.Contains("does not open", await RunAsync(entries, [.. records, changed]), StringComparison.Ordinal);
        var wrongSalt = draft with { Opening = new RecordOpening(2, new byte[32]) };
        Assert.Contains("entry 2", await RunAsync(entries, [.. records, wrongSalt]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matcher_withdrawn_record_is_excused_only_by_a_later_commitment_of_its_kind()
    {
        var (entries, records, _) = Log();
        var note = LogEntry.ForPublic(3, Time, "m", null, "note.create", Json("""{"id":"n2","version":1,"record":{"id":"n2"}}"""));
        var hidden = LogEntry.ForCommitment(4, Time, "m", null, "note.update", Visibility.Shared, SaltedCommitment.Create(Json("{}")));
        List<LogEntry> all = [.. entries, note, hidden];
        Assert.Contains("n2", await RunAsync(all, records), StringComparison.Ordinal);
        Assert.Null(await RunAsync(all, records, new Dictionary<string, long> { ["n2"] = 4 }));
        Assert.Contains("n2", await RunAsync(all, records, new Dictionary<string, long> { ["n2"] = 2 }), StringComparison.Ordinal);
    }

    private static (List<LogEntry> Entries, List<VisibleRecord> Records, byte[] Salt) Log()
    {
        var v1 = Json("""{"id":"r1","version":1,"venue":"Istanbul"}""");
        var v2 = Json("""{"id":"r1","version":2,"venue":"Istanbul, Dolmabahçe"}""");
        var commitment = SaltedCommitment.Create(Json("""{"id":"n1","version":1,"text":"draft"}"""));
        List<LogEntry> entries =
        [
            LogEntry.ForPublic(0, Time, "m", null, "round.create", Payload("r1", 1, v1)),
            LogEntry.ForPublic(1, Time, "m", null, "round.update", Payload("r1", 2, v2)),
            LogEntry.ForCommitment(2, Time, "ua", "UA", "note.create", Visibility.PartyPrivate, commitment),
        ];
        return (entries, [new VisibleRecord("api/rounds/r1", "r1", 2, v2)], commitment.Salt);
    }

    private static async Task<string?> RunAsync(List<LogEntry> entries, List<VisibleRecord> records, Dictionary<string, long>? withdrawn = null)
    {
        var matcher = new RecordMatcher(_ => Task.FromResult(new ServedRecords(records, withdrawn ?? [])), Kinds);
        foreach (var entry in entries)
        {
            if (await matcher.ObserveAsync(entry.Seq, entry, CancellationToken.None) is { } problem)
            {
                return $"entry {entry.Seq}: {problem}";
            }
        }
        return await matcher.FinishAsync(CancellationToken.None);
    }

    private static JsonElement Payload(string id, int version, JsonElement record) =>
        JsonSerializer.SerializeToElement(new { id, version, record });

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
