using Parley.Application.Outcomes;
using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;

namespace Parley.Application.Text;

/// <summary>The proposals on a text the viewer may see: submitted and folded ones, and the viewer's own party's drafts.</summary>
public sealed class ListProposals
{
    private readonly TextStore _store;

    internal ListProposals(TextStore store) => _store = store;

    /// <summary>Newest first, or not found.</summary>
    public async Task<Outcome<IReadOnlyList<ProposalView>>> RunAsync(Viewer viewer, Guid textId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var db = _store.Db;
        var text = await db.Texts.AsNoTracking().FirstOrDefaultAsync(t => t.Id == textId, cancellationToken);
        if (text is null || !TextAccess.CanRead(viewer, text))
            return new Refusal(OutcomeStatus.NotFound, $"there is no text {textId}");
        var rows = await db.TextProposals.AsNoTracking().Where(p => p.TextId == textId).ToListAsync(cancellationToken);
        return Outcome.Ok<IReadOnlyList<ProposalView>>([.. rows
            .Where(p => ProposalAccess.CanRead(viewer, text, p))
            .OrderByDescending(p => p.UpdatedUtc).ThenByDescending(p => p.Id)
            .Select(ProposalView.Of)]);
    }
}
