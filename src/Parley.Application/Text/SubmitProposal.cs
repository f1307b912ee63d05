using Parley.Application.Outcomes;
using Microsoft.EntityFrameworkCore;
using Parley.Data.Texts;
using Parley.Domain.Access;

namespace Parley.Application.Text;

/// <summary>A delegation tables its draft: from now on everyone who reads the text sees it, and the chair may fold it in.</summary>
public sealed class SubmitProposal
{
    private readonly TextStore _store;

    internal SubmitProposal(TextStore store) => _store = store;

    /// <summary>Submits draft <paramref name="id"/>; <paramref name="expectedVersion"/> is the draft's version as read.</summary>
    public async Task<Outcome<ProposalView>> RunAsync(Viewer actor, Guid id, int expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var db = _store.Db;
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var proposal = await db.TextProposals.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
            var text = proposal is null ? null : await db.Texts.AsNoTracking().FirstOrDefaultAsync(t => t.Id == proposal.TextId, cancellationToken);
            if (proposal is null || text is null || !ProposalAccess.CanRead(actor, text, proposal))
                return new Refusal(OutcomeStatus.NotFound, $"there is no proposal {id}");
            if (!ProposalAccess.IsOwnDelegation(actor, proposal.Party))
                return Outcome.Forbidden(ProposalAccess.DraftRefused);
            if (proposal.Status != ProposalStatus.Draft)
                return Outcome.Conflict($"the proposal is already {proposal.Status.ToString().ToLowerInvariant()}");
            if (proposal.Version != expectedVersion)
                return Outcome.Conflict($"the proposal is at version {proposal.Version}, not {expectedVersion}; nothing was changed");
            proposal.Status = ProposalStatus.Submitted;
            proposal.Version++;
            proposal.UpdatedUtc = _store.Now();
            await AppendAsync(db, actor, text, proposal, _store.Clock.GetUtcNow(), cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return Outcome.Conflict("the proposal changed at the same moment; nothing was changed");
            }
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return Outcome.Ok(ProposalView.Of(proposal));
        });
    }

    /// <summary>A tabled proposal's log entry: in the clear on a public text, otherwise a commitment its text's readers can open.</summary>
    internal static Task AppendAsync(Data.ParleyDbContext db, Viewer actor, NegotiatingTextRow text, TextProposalRow proposal, DateTimeOffset now, CancellationToken cancellationToken) =>
        text.Visibility == Visibility.Public
            ? Log.LogAppender.AppendPublicAsync(db, actor, "text.proposal", DraftProposal.Content(proposal), now, cancellationToken)
            : Log.LogAppender.AppendCommitmentAsync(db, actor, "text.proposal", text.Visibility, proposal.Id.ToString(), proposal.Version, DraftProposal.Content(proposal), now, cancellationToken);
}
