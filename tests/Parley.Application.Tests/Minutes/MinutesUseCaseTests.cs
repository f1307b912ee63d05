using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Minutes;
using Parley.Application.Outcomes;
using Parley.Application.Talks;
using Parley.Application.Tests.Infrastructure;
using Parley.Data;
using Parley.Domain.Access;
using Parley.Domain.Talks;
using Parley.Ledger.Entries;
using Parley.Ledger.Notes;
using Parley.Ledger.Storage;

namespace Parley.Application.Tests.Minutes;

/// <summary>Minutes on a real database: drafted from the record, saved by the chair, signed by each party's key, each write in the log.</summary>
public sealed class MinutesUseCaseTests
{
    private static async Task<int> LogSizeAsync(ParleyDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        return (int)await new DbLogStore(db.Database.GetDbConnection()).GetSizeAsync();
    }

    private static async Task<IReadOnlyList<LogEntry>> EntriesAsync(ParleyDbContext db, int from)
    {
        await db.Database.OpenConnectionAsync();
        var store = new DbLogStore(db.Database.GetDbConnection());
        return [.. (await store.ReadEntriesAsync(from, (int)await store.GetSizeAsync() - from)).Select(e => LogEntry.Parse(e.Data))];
    }

    private static async Task<NoteSigner> KeyAsync(IServiceProvider sp, string party)
    {
        var signer = NoteSigner.Generate($"{party.ToLowerInvariant()}-minutes-{Guid.NewGuid():N}"[..24]);
        Assert.Null((await sp.GetRequiredService<PartyKeys>().RegisterAsync(Viewer.System, party, signer.Verifier.ToString())).Refusal);
        return signer;
    }

    private static string Sign(NoteSigner signer, MinutesView minutes) =>
        MinutesStatement.For(minutes.Round, minutes.Number, minutes.Version, minutes.Hash).Sign(signer).ToString();

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Draft_save_sign_by_both_parties_each_in_the_log_and_a_new_version_needs_new_signatures(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<ParleyDbContext>();
        var round3 = (await sp.GetRequiredService<ITalksReader>().ListAsync<Round>(Actors.Mediator)).Single(r => r.Number == 3);

        var draft = await sp.GetRequiredService<DraftMinutes>().RunAsync(Actors.Observer, round3.Id, "uk");
        Assert.Equal(OutcomeStatus.Ok, draft.Status);
        var text = draft.Value.ToText();
        Assert.StartsWith("# Протокол раунду переговорів 3", text, StringComparison.Ordinal);
        Assert.Contains("Humanitarian working group", text, StringComparison.Ordinal);

        Assert.Equal(OutcomeStatus.NotFound, (await sp.GetRequiredService<ReadMinutes>().RunAsync(Actors.Ua, round3.Id)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await sp.GetRequiredService<SaveMinutes>().RunAsync(Actors.Ua, round3.Id, new MinutesEdit(text, "uk", 0))).Status);
        var invalid = await sp.GetRequiredService<SaveMinutes>().RunAsync(Actors.Mediator, round3.Id, new MinutesEdit(" ", "de", 0));
        Assert.Equal(OutcomeStatus.Invalid, invalid.Status);
        Assert.Equal(["language", "text"], invalid.Refusal!.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(await db.RoundMinutes.AsNoTracking().ToListAsync());

        var before = await LogSizeAsync(db);
        var saved = await sp.GetRequiredService<SaveMinutes>().RunAsync(Actors.Mediator, round3.Id, new MinutesEdit(text.Replace("\n", "\r\n", StringComparison.Ordinal), "uk", 0));
        Assert.Equal((OutcomeStatus.Ok, 1), (saved.Status, saved.Value.Version));
        Assert.Equal(text, saved.Value.Text);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))), saved.Value.Hash);
        Assert.Equal(OutcomeStatus.Conflict, (await sp.GetRequiredService<SaveMinutes>().RunAsync(Actors.Mediator, round3.Id, new MinutesEdit(text + "x", "uk", 0))).Status);

        using var ua = await KeyAsync(sp, "UA");
        using var ru = await KeyAsync(sp, "RU");
        var sign = sp.GetRequiredService<SignMinutes>();
        Assert.Equal(OutcomeStatus.Forbidden, (await sign.RunAsync(Actors.Ru, round3.Id, Sign(ua, saved.Value))).Status);
        Assert.Equal(OutcomeStatus.Ok, (await sign.RunAsync(Actors.Ua, round3.Id, Sign(ua, saved.Value))).Status);
        Assert.Equal(OutcomeStatus.Conflict, (await sign.RunAsync(Actors.Ua, round3.Id, Sign(ua, saved.Value))).Status);
        Assert.Equal(OutcomeStatus.Ok, (await sign.RunAsync(Actors.Ru, round3.Id, Sign(ru, saved.Value))).Status);
        var both = (await sp.GetRequiredService<ReadMinutes>().RunAsync(Actors.Observer, round3.Id)).Value;
        Assert.Equal(["RU", "UA"], both.SignedBy.Order(StringComparer.Ordinal));

        var entries = (await EntriesAsync(db, before)).Where(e => e.Kind.StartsWith("minutes.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["minutes.version", "minutes.signed", "minutes.signed"], entries.Select(e => e.Kind));
        Assert.Contains(saved.Value.Hash, entries[0].Payload.GetRawText(), StringComparison.Ordinal);

        var second = await sp.GetRequiredService<SaveMinutes>().RunAsync(Actors.Mediator, round3.Id, new MinutesEdit(text + "- Додано головою.\n", "uk", 1));
        Assert.Equal(2, second.Value.Version);
        Assert.Empty(second.Value.SignedBy);
        Assert.Equal(2, second.Value.Signatures.Count(s => s.Version == 1));
        var stale = await sign.RunAsync(Actors.Ua, round3.Id, Sign(ua, saved.Value));
        Assert.Equal((OutcomeStatus.Conflict, 2), (stale.Status, stale.Refusal!.CurrentVersion));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Sign_refuses_unregistered_key_other_kind_and_other_round(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var sp = scope.ServiceProvider;
        var rounds = await sp.GetRequiredService<ITalksReader>().ListAsync<Round>(Actors.Mediator);
        var (round2, round3) = (rounds.Single(r => r.Number == 2), rounds.Single(r => r.Number == 3));
        var saved = (await sp.GetRequiredService<SaveMinutes>().RunAsync(Actors.Mediator, round3.Id, new MinutesEdit("# Minutes\n- Agreed.\n", "en", 0))).Value;
        var sign = sp.GetRequiredService<SignMinutes>();
        using var stranger = NoteSigner.Generate("stranger");
        Assert.Equal(OutcomeStatus.Invalid, (await sign.RunAsync(Actors.Ua, round3.Id, Sign(stranger, saved))).Status);
        using var ua = await KeyAsync(sp, "UA");
        var initials = new SignedStatement("text-initials", [new("text", round3.Id.ToString()), new("version", "1"), new("sha256", saved.Hash)]).Sign(ua).ToString();
        Assert.Equal(OutcomeStatus.Invalid, (await sign.RunAsync(Actors.Ua, round3.Id, initials)).Status);
        Assert.Equal(OutcomeStatus.Conflict, (await sign.RunAsync(Actors.Ua, round2.Id, Sign(ua, saved))).Status);
        Assert.Equal(OutcomeStatus.Ok, (await sp.GetRequiredService<SaveMinutes>().RunAsync(Actors.Mediator, round2.Id, new MinutesEdit("# Minutes\n- Agreed.\n", "en", 0))).Status);
        Assert.Equal(OutcomeStatus.Invalid, (await sign.RunAsync(Actors.Ua, round2.Id, Sign(ua, saved))).Status);
        Assert.Equal(OutcomeStatus.Invalid, (await sign.RunAsync(Actors.Ua, round3.Id, "not a note")).Status);
        Assert.Empty(await sp.GetRequiredService<ParleyDbContext>().MinutesSignatures.AsNoTracking().ToListAsync());
    }
}
