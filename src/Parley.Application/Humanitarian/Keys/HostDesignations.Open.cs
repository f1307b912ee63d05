using Parley.Application.Outcomes;
using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Domain.Humanitarian;
using Parley.Domain.Records;
using Parley.Domain.Talks;
using Parley.Ledger;
using Parley.Ledger.Notes;

namespace Parley.Application.Humanitarian.Keys;

public sealed partial class HostDesignations
{
    /// <summary>
    /// Parses and checks a signed statement: its kind, this log, a known party and an allowed host, an id field that
    /// is a GUID, and a valid signature by one of the named party's registered, unrevoked keys (a key of another
    /// party, however valid, speaks for nobody here).
    /// </summary>
    private async Task<(SignedStatement? Statement, string? KeyName, Refusal? Refusal)> OpenAsync(string signedNote, string kind, string idField, CancellationToken cancellationToken)
    {
        SignedNote note;
        SignedStatement statement;
        try
        {
            note = SignedNote.Parse(signedNote ?? "");
            statement = SignedStatement.Parse(note.Text);
        }
        catch (LedgerFormatException e)
        {
            return (null, null, Outcome.Invalid($"Not a signed statement: {e.Message}."));
        }
        if (statement.Kind != kind)
            return (null, null, Outcome.Invalid($"The note signs a '{statement.Kind}', not a '{kind}'."));
        if (statement["log"] != Log)
            return (null, null, Outcome.Invalid("log", $"the statement names log '{statement["log"]}', not this log '{Log}'."));
        if (!Guid.TryParse(statement[idField], out _))
            return (null, null, Outcome.Invalid(idField, $"expected a GUID, got '{statement[idField]}'."));
        var (party, host, refusal) = await CheckPartiesAsync(statement["party"] ?? "", statement["host"] ?? "", cancellationToken);
        if (refusal is not null)
            return (null, null, refusal);
        // Only the canonical codes count: "ua" or "Ukraine" would be a different statement from the one shown.
        if (statement["party"] != party || statement["host"] != host)
            return (null, null, Outcome.Invalid("party", $"write the party and host as '{party}' and '{host}'."));
        var verifiers = await keys.ActiveAsync(party!, cancellationToken);
        if (verifiers.Count == 0)
            return (null, null, Outcome.Invalid($"{party} has no registered, unrevoked key."));
        try
        {
            var signed = NoteVerification.Verify(note, verifiers.ToList());
            return (statement, signed[0].Name, null);
        }
        catch (LedgerFormatException e)
        {
            return (null, null, Outcome.Forbidden($"Not signed by a registered, unrevoked key of {party}: {e.Message}."));
        }
    }

    /// <summary>
    /// The party must be known; the host is <see cref="HostAccess.Staff"/> or another known party that is not a
    /// belligerent (a belligerent can never act as host, whatever else its roles are).
    /// </summary>
    private async Task<(string? Party, string? Host, Refusal? Refusal)> CheckPartiesAsync(string party, string host, CancellationToken cancellationToken)
    {
        var all = await db.Parties.AsNoTracking().Where(p => p.Visibility == Visibility.Public).ToListAsync(cancellationToken);
        var resolver = new PartyResolver(all);
        if (resolver.Find(party) is not { } code)
            return (null, null, Outcome.Invalid("party", $"unknown party '{party}'."));
        if (string.Equals(host, HostAccess.Staff, StringComparison.OrdinalIgnoreCase))
            return (code, HostAccess.Staff, null);
        if (resolver.Find(host) is not { } hostCode)
            return (null, null, Outcome.Invalid("host", $"unknown host '{host}' (a party's code, or '{HostAccess.Staff}' for the host's officers of no party)."));
        if (hostCode == code)
            return (null, null, Outcome.Invalid("host", $"{code} cannot designate itself."));
        var roles = all.First(p => p.Code == hostCode).Roles;
        if ((roles & PartyRoles.Belligerent) != 0)
            return (null, null, Outcome.Invalid("host", $"{hostCode} is a belligerent and can never act as host."));
        if ((roles & (PartyRoles.Host | PartyRoles.Mediator)) == 0)
            return (null, null, Outcome.Invalid("host", $"{hostCode} neither hosts nor mediates the talks."));
        return (code, hostCode, null);
    }
}
