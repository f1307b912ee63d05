using Parley.Application.Outcomes;
using Microsoft.EntityFrameworkCore;
using Parley.Application.Humanitarian.Keys;
using Parley.Data.Texts;
using Parley.Domain.Access;
using Parley.Text;

namespace Parley.Application.Text;

/// <summary>One party's verified initials on the newest version of a text.</summary>
/// <param name="Party">The party whose registered key signed.</param>
/// <param name="Version">The version initialled.</param>
/// <param name="Hash">Its hash.</param>
/// <param name="KeyName">The key's name.</param>
public sealed record InitialsView(string Party, int Version, string Hash, string KeyName);

/// <summary>
/// A party initials the newest version: its authorised officer's signed <see cref="TextInitialsStatement"/> (from
/// <c>parley sign</c> or the browser), verified against the party-key registry, stored with a log entry. Refused while
/// any bracket is open (nothing is agreed until everything is agreed), for an older version, or twice.
/// </summary>
public sealed class InitialText
{
    private readonly TextStore _store;
    private readonly PartyKeys _keys;

    internal InitialText(TextStore store, PartyKeys keys) => (_store, _keys) = (store, keys);

    /// <summary>Verifies and stores <paramref name="signedNote"/>.</summary>
    public async Task<Outcome<InitialsView>> RunAsync(Viewer actor, Guid id, string signedNote, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (text, row) = await _store.FindAsync(actor, id, null, cancellationToken);
        if (text is null || row is null)
            return new Refusal(OutcomeStatus.NotFound, $"there is no text {id}");
        if (!(actor.IsMediator || actor.Role == ParleyRole.Delegation))
            return Outcome.Forbidden("Initials are handed in by the party's delegation (or passed on by the chair), signed with the party's key.");
        var (opened, invalid) = StatementNote.Open(signedNote, TextInitialsStatement.Kind);
        if (invalid is not null)
            return invalid;
        var (note, statement) = opened;
        if (statement["text"] != id.ToString())
            return Outcome.Invalid("note", $"the note names text {statement["text"]}, not {id}");
        if (statement["version"] != row.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) || statement["sha256"] != row.Hash)
            return Outcome.Conflict($"the note initials version {statement["version"]} ({statement["sha256"]}); the newest is version {row.Number} ({row.Hash}): read it and sign that");
        if (Agreement.CannotInitial(TextStore.Content(row)) is { } open)
            return Outcome.Conflict($"version {row.Number} cannot be initialled: {open}");
        var signer = await _keys.SignerAsync(note, cancellationToken);
        if (signer.Refusal is { } refusal)
            return Outcome.Invalid("note", refusal);
        var (party, keyName) = (signer.Party!, signer.KeyName!);
        if (actor.Role == ParleyRole.Delegation && !string.Equals(actor.Party, party, StringComparison.OrdinalIgnoreCase))
            return Outcome.Forbidden($"a delegation hands in its own party's initials; this note is signed by {party}'s key");
        return await StoreAsync(actor, text, new TextInitialsRow
        {
            TextId = id, Version = row.Number, Hash = row.Hash, Party = party, KeyName = keyName, Note = signedNote!, VerifiedAtUtc = _store.Now(),
        }, cancellationToken);
    }

    private async Task<Outcome<InitialsView>> StoreAsync(Viewer actor, NegotiatingTextRow text, TextInitialsRow initials, CancellationToken cancellationToken)
    {
        var db = _store.Db;
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await db.TextInitials.AnyAsync(i => i.TextId == initials.TextId && i.Version == initials.Version && i.Party == initials.Party, cancellationToken))
                return Outcome.Conflict($"{initials.Party} has already initialled version {initials.Version}");
            db.TextInitials.Add(initials);
            var entry = new { text = initials.TextId, version = initials.Version, hash = initials.Hash, party = initials.Party, key = initials.KeyName, noteSha256 = Humanitarian.Exchanges.ExchangeStatements.Hash(initials.Note) };
            if (text.Visibility == Visibility.Public)
                await Log.LogAppender.AppendPublicAsync(db, actor, "text.initials", entry, _store.Clock.GetUtcNow(), cancellationToken);
            else
                await Log.LogAppender.AppendCommitmentAsync(db, actor, "text.initials", text.Visibility, $"{initials.TextId}/initials/{initials.Party}", initials.Version, entry, _store.Clock.GetUtcNow(), cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return Outcome.Conflict($"{initials.Party}'s initials were recorded at the same moment by another request");
            }
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return Outcome.Ok(new InitialsView(initials.Party, initials.Version, initials.Hash, initials.KeyName));
        });
    }
}
