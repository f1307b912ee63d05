using Parley.Application.Outcomes;
using Microsoft.EntityFrameworkCore;
using Parley.Data.Texts;
using Parley.Domain.Access;
using Parley.Text;

namespace Parley.Application.Text;

/// <summary>A delegation's alternative for one bracket (<c>2.1/1</c>) or for a whole clause that has none (<c>2.1</c>).</summary>
/// <param name="Clause">The clause, <c>2.1</c>.</param>
/// <param name="Bracket">The bracket within it (from 1); null for a clause without brackets.</param>
/// <param name="Wording">The words (empty proposes deleting the bracketed words).</param>
public sealed record DraftProposalRequest(string Clause, int? Bracket, string Wording);

/// <summary>
/// A delegation drafts an alternative wording privately: stored as its party's draft (the log holds only a
/// party-private commitment), seen by no one outside its delegation until submitted.
/// </summary>
public sealed class DraftProposal
{
    /// <summary>The longest wording accepted.</summary>
    public const int MaxWording = 4000;

    private readonly TextStore _store;

    internal DraftProposal(TextStore store) => _store = store;

    /// <summary>Stores the draft.</summary>
    public async Task<Outcome<ProposalView>> RunAsync(Viewer actor, Guid textId, DraftProposalRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var (text, row) = await _store.FindAsync(actor, textId, null, cancellationToken);
        if (text is null || row is null)
            return new Refusal(OutcomeStatus.NotFound, $"there is no text {textId}");
        if (actor.Party is null || !ProposalAccess.IsOwnDelegation(actor, actor.Party))
            return Outcome.Forbidden(ProposalAccess.DraftRefused);
        if (Check(TextStore.Content(row), request) is { } refusal)
            return Outcome.Invalid(refusal.Field, refusal.Reason);
        var now = _store.Now();
        var proposal = new TextProposalRow
        {
            Id = Guid.CreateVersion7(), TextId = textId, Party = actor.Party.ToUpperInvariant(), Clause = request.Clause.Trim(), Bracket = request.Bracket,
            Wording = request.Wording.Trim(), BasedOnVersion = row.Number, Status = ProposalStatus.Draft, Version = 1, CreatedUtc = now, UpdatedUtc = now,
        };
        var db = _store.Db;
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.TextProposals.Add(proposal);
            await Log.LogAppender.AppendCommitmentAsync(db, actor, "text.proposal", Visibility.PartyPrivate, proposal.Id.ToString(), proposal.Version, Content(proposal), _store.Clock.GetUtcNow(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return Outcome.Ok(ProposalView.Of(proposal));
        });
    }

    /// <summary>What the log's commitment binds: the proposal's content and state.</summary>
    internal static object Content(TextProposalRow p) => new
    {
        id = p.Id, text = p.TextId, party = p.Party, clause = p.Clause, bracket = p.Bracket, wording = p.Wording,
        basedOn = p.BasedOnVersion, status = p.Status.ToString(), foldedIn = p.FoldedInVersion, version = p.Version,
    };

    /// <summary>The clause and bracket exist in <paramref name="current"/>, and the wording is one line of sane length.</summary>
    internal static (string Field, string Reason)? Check(NegotiatingText current, DraftProposalRequest request)
    {
        if (!ClauseNumber.TryParse(request.Clause?.Trim(), out var number))
            return ("clause", $"'{request.Clause}' is not a clause number such as 2.1");
        if (current.Find(number) is not { } clause)
            return ("clause", $"the text has no clause {number}");
        if (request.Bracket is { } b && (b < 1 || b > clause.BracketCount))
            return ("bracket", $"clause {number} has {clause.BracketCount} bracket(s); {b} is not one of them");
        if (request.Bracket is null && !clause.IsAgreed)
            return ("bracket", $"clause {number} has brackets; name the one this wording is for (1 to {clause.BracketCount})");
        var wording = request.Wording ?? "";
        if (wording.Length > MaxWording)
            return ("wording", $"{wording.Length} characters; the limit is {MaxWording}");
        var bad = wording.AsSpan().IndexOfAny("\r\n\0");
        if (bad >= 0)
            return ("wording", $"one line, without line breaks or NUL characters (character {bad + 1} is one)");
        if (request.Bracket is null && wording.Trim().Length == 0)
            return ("wording", "an alternative to a whole clause cannot be empty");
        return null;
    }
}
