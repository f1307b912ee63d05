using Parley.Application.Humanitarian;
using Parley.Application.Log;
using Parley.Data;
using Parley.Domain.Access;

namespace Parley.Application.Users;

/// <summary>
/// Who a log pseudonym is (<see cref="LogAuthor"/>): for administrators only, and each lookup is an audited read of
/// the accounts it names (the personal-data read trail, whose log batches carry only a salted commitment), so the
/// mapping never enters the public log.
/// </summary>
public sealed class AuthorLookup(ParleyDbContext db, UserAccounts accounts, PersonalDataAudit audit, TimeProvider clock)
{
    public const string Kind = "account";

    public enum Status { Ok, Forbidden, Invalid }

    public sealed record Outcome(Status Status, string? Message, IReadOnlyList<UserSummary> Accounts);

    /// <summary>Accepts the whole pseudonym (<c>role/party/hex</c>) or its id part (at least 8 hex digits).</summary>
    public async Task<Outcome> FindAsync(Viewer actor, string? pseudonym, ReadContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != ParleyRole.Administrator)
            return new(Status.Forbidden, "Only administrators look up who a log pseudonym is.", []);
        var id = (pseudonym ?? "").Trim().Split('/')[^1].ToLowerInvariant();
        if (id.Length is < 8 or > 12 || !id.All(char.IsAsciiHexDigit))
            return new(Status.Invalid, "pseudonym: expected role/party/id as the log writes it, or its id part (8 to 12 hex digits).", []);
        var found = (await accounts.ListAsync(cancellationToken)).Where(u => LogAuthor.Pseudonym(u.Id).StartsWith(id, StringComparison.Ordinal)).ToList();
        var reads = audit.Record(actor, found.Select(u => Guid.TryParse(u.Id, out var g) ? g : Guid.Empty), Kind, context);
        await Changes.CommitReadsAsync(db, actor, reads, clock, cancellationToken);
        return new(Status.Ok, null, found);
    }
}
