using Parley.Application.Outcomes;
using Microsoft.EntityFrameworkCore;
using Parley.Application.Log;
using Parley.Data;
using Parley.Data.Keys;
using Parley.Domain.Access;
using Parley.Domain.Humanitarian;

namespace Parley.Application.Humanitarian.Keys;

/// <summary>
/// A party's consent that a host's humanitarian officers see the persons it listed: a statement signed by one of the
/// party's registered, unrevoked keys, kept with its note and appended to the public log; withdrawn the same way.
/// The authority is the signature, so whoever submits it (an officer or an administrator) adds none of their own.
/// </summary>
public sealed partial class HostDesignations(ParleyDbContext db, PartyKeys keys, LedgerHost ledger, TimeProvider clock)
{
    /// <summary>The origin of this log, named by every statement.</summary>
    public string Log => ledger.Key.Name;

    public async Task<IReadOnlyList<HostDesignation>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.HostDesignations.AsNoTracking().OrderBy(d => d.DesignatedAtUtc).ToListAsync(cancellationToken);

    /// <summary>The designation text for <paramref name="party"/>'s key to sign (a fresh id each time), or why not.</summary>
    public async Task<Outcome<string>> DesignationTextAsync(string party, string host, CancellationToken cancellationToken = default)
    {
        var (code, hostCode, refusal) = await CheckPartiesAsync(party, host, cancellationToken);
        return refusal ?? Outcome.Ok(HostStatements.Designation(Log, code!, hostCode!, Guid.CreateVersion7()).ToText());
    }

    /// <summary>The revocation text for an active designation.</summary>
    public async Task<string?> RevocationTextAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.HostDesignations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.RevokedAtUtc == null, cancellationToken) is { } d
            ? HostStatements.Revocation(Log, d.Party, d.Host, d.Id).ToText()
            : null;

    public async Task<Outcome<HostDesignation>> DesignateAsync(Viewer actor, string signedNote, CancellationToken cancellationToken = default)
    {
        if (Submitter(actor) is { } forbidden)
            return forbidden;
        var (statement, keyName, refusal) = await OpenAsync(signedNote, HostStatements.DesignationKind, "id", cancellationToken);
        if (statement is null)
            return refusal!;
        var id = Guid.Parse(statement["id"]!);
        var (party, host) = (statement["party"]!, statement["host"]!);
        if (await db.HostDesignations.AnyAsync(d => d.Id == id, cancellationToken))
            return Outcome.Conflict($"Designation {id} was already submitted; a party designates again with a new statement (new id).");
        if (await db.HostDesignations.AnyAsync(d => d.Party == party && d.Host == host && d.RevokedAtUtc == null, cancellationToken))
            return Outcome.Conflict($"{party} has already designated {host}.");
        var row = new HostDesignation
        {
            Id = id,
            Party = party,
            Host = host,
            KeyName = keyName!,
            Note = signedNote,
            DesignatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.HostDesignations.Add(row);
        await Changes.CommitAsync(db, () => LogAppender.AppendPublicAsync(db, actor, "host-designation.grant",
            new { id, party, host, key = keyName, note = signedNote }, clock.GetUtcNow(), cancellationToken), cancellationToken);
        return Outcome.Ok(row);
    }

    public async Task<Outcome<HostDesignation>> RevokeAsync(Viewer actor, string signedNote, CancellationToken cancellationToken = default)
    {
        if (Submitter(actor) is { } forbidden)
            return forbidden;
        var (statement, keyName, refusal) = await OpenAsync(signedNote, HostStatements.RevocationKind, "designation", cancellationToken);
        if (statement is null)
            return refusal!;
        var id = Guid.Parse(statement["designation"]!);
        var row = await db.HostDesignations.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (row is null || row.Party != statement["party"] || row.Host != statement["host"])
            return new Refusal(OutcomeStatus.NotFound, $"No designation {id} of {statement["host"]} by {statement["party"]}.");
        if (row.RevokedAtUtc is not null)
            return Outcome.Conflict($"Designation {id} was already revoked.");
        row.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
        row.RevokedKeyName = keyName;
        row.RevocationNote = signedNote;
        await Changes.CommitAsync(db, () => LogAppender.AppendPublicAsync(db, actor, "host-designation.revoke",
            new { id, party = row.Party, host = row.Host, key = keyName, note = signedNote }, clock.GetUtcNow(), cancellationToken), cancellationToken);
        return Outcome.Ok(row);
    }

    private static Refusal? Submitter(Viewer actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role == ParleyRole.Administrator || HumanitarianAccess.IsOfficer(actor)
            ? null
            : Outcome.Forbidden("Only administrators and humanitarian officers submit a party's signed designation.");
    }
}
