using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Log;
using Parley.Application.Outcomes;
using Parley.Data.Minutes;
using Parley.Domain.Access;
using Parley.Domain.Talks;

namespace Parley.Application.Minutes;

/// <summary>
/// A party signs the agreed minutes: its officer's signed <see cref="MinutesStatement"/> (from <c>parley sign</c>),
/// verified against the party-key registry, stored with a log entry. Refused for an older version than the one
/// saved, for another round, or twice; a delegation hands in only its own party's signature.
/// </summary>
public sealed class SignMinutes
{
    private readonly MinutesStore _store;
    private readonly PartyKeys _keys;

    internal SignMinutes(MinutesStore store, PartyKeys keys) => (_store, _keys) = (store, keys);

    public async Task<Outcome<MinutesSignatureView>> RunAsync(Viewer actor, Guid round, string signedNote, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await _store.RoundAsync(actor, round, cancellationToken) is not { } found)
            return Outcome.NotFound("round");
        if (!(actor.IsMediator || actor.Role == ParleyRole.Delegation))
            return Outcome.Forbidden("Minutes are signed by a party's delegation (or passed on by the chair), with the party's key.");
        if (await _store.RowAsync(round, cancellationToken) is not { } row)
            return Outcome.Conflict("the chair has not saved minutes of this round yet: there is nothing to sign");
        var (opened, invalid) = StatementNote.Open(signedNote, MinutesStatement.Kind);
        if (invalid is not null)
            return invalid;
        var (note, statement) = opened;
        if (statement["round"] != round.ToString())
            return Outcome.Invalid("note", $"the note names round {statement["round"]}, not {round}");
        if (statement["version"] != row.Version.ToString(CultureInfo.InvariantCulture) || statement["sha256"] != row.Hash)
            return Outcome.Conflict($"the note signs minutes version {statement["version"]} ({statement["sha256"]}); the current version is {row.Version} ({row.Hash}): read it and sign that", row.Version);
        var (party, keyName, refusal) = await _keys.SignerAsync(note, cancellationToken);
        if (refusal is not null)
            return Outcome.Invalid("note", refusal);
        if (actor.Role == ParleyRole.Delegation && !string.Equals(actor.Party, party, StringComparison.OrdinalIgnoreCase))
            return Outcome.Forbidden($"a delegation hands in its own party's signature; this note is signed by {party}'s key");
        return await StoreAsync(actor, found, new MinutesSignatureRow
        {
            RoundId = round, Version = row.Version, Hash = row.Hash, Party = party!, KeyName = keyName!, Note = signedNote!, VerifiedAtUtc = _store.Now(),
        }, cancellationToken);
    }

    private async Task<Outcome<MinutesSignatureView>> StoreAsync(Viewer actor, Round round, MinutesSignatureRow signature, CancellationToken cancellationToken)
    {
        var db = _store.Db;
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await db.MinutesSignatures.AnyAsync(s => s.RoundId == signature.RoundId && s.Version == signature.Version && s.Party == signature.Party, cancellationToken))
                return Outcome.Conflict($"{signature.Party} has already signed version {signature.Version} of these minutes");
            db.MinutesSignatures.Add(signature);
            var entry = new { round = round.Id, number = round.Number, version = signature.Version, sha256 = signature.Hash, party = signature.Party, key = signature.KeyName, noteSha256 = ExchangeStatements.Hash(signature.Note) };
            if (round.Visibility == Visibility.Public)
                await LogAppender.AppendPublicAsync(db, actor, "minutes.signed", entry, _store.Clock.GetUtcNow(), cancellationToken);
            else
                await LogAppender.AppendCommitmentAsync(db, actor, "minutes.signed", round.Visibility, $"{round.Id}/minutes/{signature.Party}", signature.Version, entry, _store.Clock.GetUtcNow(), cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return Outcome.Conflict($"{signature.Party}'s signature was recorded at the same moment by another request");
            }
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return Outcome.Ok(new MinutesSignatureView(signature.Party, signature.Version, signature.Hash, signature.KeyName, signature.VerifiedAtUtc));
        });
    }
}
