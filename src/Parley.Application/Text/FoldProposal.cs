using Parley.Application.Outcomes;
using Microsoft.EntityFrameworkCore;
using Parley.Data.Texts;
using Parley.Domain.Access;
using Parley.Text;

namespace Parley.Application.Text;

/// <summary>
/// The chair folds a submitted proposal into the text as a bracket alternative with its party recorded as proposer
/// (replacing that party's earlier wording in the bracket; an agreed clause is bracketed again). A new version.
/// </summary>
public sealed class FoldProposal
{
    private readonly TextStore _store;

    internal FoldProposal(TextStore store) => _store = store;

    /// <summary>Folds proposal <paramref name="id"/> into the version after <paramref name="expectedTextVersion"/>.</summary>
    public async Task<Outcome<StoredVersion>> RunAsync(Viewer actor, Guid id, int expectedTextVersion, int? round = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!TextAccess.CanWrite(actor))
            return Outcome.Forbidden(TextAccess.WriteRefused);
        var db = _store.Db;
        var proposal = await db.TextProposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        var text = proposal is null ? null : await db.Texts.AsNoTracking().FirstOrDefaultAsync(t => t.Id == proposal.TextId, cancellationToken);
        if (proposal is null || text is null || !ProposalAccess.CanRead(actor, text, proposal))
            return new Refusal(OutcomeStatus.NotFound, $"there is no proposal {id}");
        if (proposal.Status != ProposalStatus.Submitted)
            return Outcome.Conflict($"only a submitted proposal is folded in; this one is {proposal.Status.ToString().ToLowerInvariant()}");
        return await _store.StoreNextAsync(actor, proposal.TextId, expectedTextVersion, round, current =>
        {
            if (DraftProposal.Check(current, new DraftProposalRequest(proposal.Clause, proposal.Bracket, proposal.Wording)) is { } refusal)
                return Outcome.Invalid(refusal.Field, $"the text has changed since version {proposal.BasedOnVersion}: {refusal.Reason}");
            if (!ClauseNumber.TryParse(proposal.Clause, out var number))
                return Outcome.Invalid("clause", $"'{proposal.Clause}' is not a clause number such as 2.1");
            var wording = new Alternative(proposal.Party, proposal.Wording);
            return Outcome.Ok(proposal.Bracket is { } b
                ? TextEdits.FoldIn(current, new BracketRef(number, b), wording)
                : TextEdits.Reopen(current, number, wording));
        }, async (version, ct) =>
        {
            var tracked = await db.TextProposals.FirstAsync(p => p.Id == id, ct);
            if (tracked.Version != proposal.Version)
                throw new DbUpdateConcurrencyException("the proposal changed while it was folded in");
            tracked.Status = ProposalStatus.FoldedIn;
            tracked.FoldedInVersion = version;
            tracked.Version++;
            tracked.UpdatedUtc = _store.Now();
            await SubmitProposal.AppendAsync(db, actor, text, tracked, _store.Clock.GetUtcNow(), ct);
        }, cancellationToken);
    }
}
