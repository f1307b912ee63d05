using Parley.Application.Outcomes;
using Parley.Application.Log;
using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Ledger;
using Parley.Ledger.Notes;
using Parley.Data;
using Parley.Data.Keys;

namespace Parley.Application.Humanitarian.Keys;

/// <summary>
/// Parley's one registry of parties' verifier keys: administrators register and revoke them; the active ones check
/// exchange signatures and the log's cosignatures (a revoked key verifies nothing new anywhere).
/// </summary>
public sealed partial class PartyKeys(ParleyDbContext db, HumanitarianParties parties, TimeProvider clock)
{
    public async Task<Outcome<PartyKey>> RegisterAsync(Viewer actor, string party, string verifierKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != ParleyRole.Administrator)
            return Outcome.Forbidden("Only administrators register parties' keys.");
        var code = (await parties.LoadAsync(cancellationToken)).Resolve(party);
        if (code is null)
            return Outcome.Invalid("party", $"unknown party '{party}'.");
        NoteVerifier verifier;
        try
        {
            verifier = NoteVerifier.Parse(verifierKey?.Trim() ?? "");
        }
        catch (LedgerFormatException e)
        {
            return Outcome.Invalid("verifierKey", $"not a verifier key: {e.Message} (parley keys new prints the verifier key).");
        }
        var text = verifier.ToString();
        if (await db.Set<PartyKey>().AnyAsync(k => k.VerifierKey == text, cancellationToken))
            return Outcome.Conflict($"Key {verifier.Name} is already registered.");
        var key = new PartyKey
        {
            Id = Guid.CreateVersion7(),
            Party = code,
            VerifierKey = text,
            KeyName = verifier.Name,
            RegisteredBy = actor.Name ?? actor.UserId ?? "unknown",
            RegisteredAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(key);
        await Changes.CommitAsync(db, () => LogAppender.AppendPublicAsync(db, actor, "party-key.register",
            new { id = key.Id, party = code, verifierKey = text }, clock.GetUtcNow(), cancellationToken), cancellationToken);
        return Outcome.Ok(key);
    }

    public async Task<Outcome<PartyKey>> RevokeAsync(Viewer actor, Guid keyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != ParleyRole.Administrator)
            return Outcome.Forbidden("Only administrators revoke parties' keys.");
        var key = await db.Set<PartyKey>().FirstOrDefaultAsync(k => k.Id == keyId, cancellationToken);
        if (key is null)
            return Outcome.NotFound("key");
        if (key.RevokedAtUtc is not null)
            return Outcome.Conflict($"Key {key.KeyName} was already revoked.");
        key.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
        key.RevokedBy = actor.Name ?? actor.UserId;
        await Changes.CommitAsync(db, () => LogAppender.AppendPublicAsync(db, actor, "party-key.revoke",
            new { id = key.Id, party = key.Party, verifierKey = key.VerifierKey }, clock.GetUtcNow(), cancellationToken), cancellationToken);
        return Outcome.Ok(key);
    }

    public async Task<IReadOnlyList<PartyKey>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Set<PartyKey>().AsNoTracking().OrderBy(k => k.Party).ThenBy(k => k.RegisteredAtUtc).ToListAsync(cancellationToken);

    /// <summary>The registered key with this verifier string, revoked or not.</summary>
    public async Task<PartyKey?> FindAsync(string verifierKey, CancellationToken cancellationToken = default)
    {
        var text = verifierKey?.Trim() ?? "";
        return await db.Set<PartyKey>().AsNoTracking().FirstOrDefaultAsync(k => k.VerifierKey == text, cancellationToken);
    }

    /// <summary>Every party's unrevoked keys: who may cosign the log's checkpoints.</summary>
    public async Task<IReadOnlyList<NoteVerifier>> ActiveAsync(CancellationToken cancellationToken = default)
    {
        var keys = await db.Set<PartyKey>().AsNoTracking().Where(k => k.RevokedAtUtc == null).OrderBy(k => k.KeyName).Select(k => k.VerifierKey).ToListAsync(cancellationToken);
        return keys.Select(NoteVerifier.Parse).ToList();
    }

    public async Task<IReadOnlyList<NoteVerifier>> ActiveAsync(string party, CancellationToken cancellationToken = default)
    {
        var keys = await db.Set<PartyKey>().AsNoTracking().Where(k => k.Party == party && k.RevokedAtUtc == null).Select(k => k.VerifierKey).ToListAsync(cancellationToken);
        return keys.Select(NoteVerifier.Parse).ToList();
    }
}
