using Parley.Application.Outcomes;
using Parley.Application.Humanitarian;
using Parley.Data;
using Parley.Domain.Access;

namespace Parley.Application.Users;

/// <summary>
/// The accounts of this server for administrators: names, roles and ids link staff to log pseudonyms
/// (<see cref="Log.LogAuthor"/>), so every listing is an audited read of each account it shows, like a pseudonym lookup.
/// </summary>
public sealed class AccountList(ParleyDbContext db, UserAccounts accounts, PersonalDataAudit audit, TimeProvider clock)
{
    /// <summary>Every account, ordered by e-mail; refused to anyone but an administrator.</summary>
    public async Task<Outcome<IReadOnlyList<UserSummary>>> ListAsync(Viewer actor, ReadContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != ParleyRole.Administrator)
            return Outcome.Forbidden("Only administrators list accounts.");
        var all = await accounts.ListAsync(cancellationToken);
        var reads = audit.Record(actor, all.Select(u => Guid.TryParse(u.Id, out var g) ? g : Guid.Empty), AuthorLookup.Kind, context);
        await Changes.CommitReadsAsync(db, actor, reads, clock, cancellationToken);
        return Outcome.Ok(all);
    }
}
