using Parley.Application.Outcomes;
using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Text;

namespace Parley.Application.Text;

internal sealed partial class TextStore
{
    /// <summary>
    /// Stores the next version of text <paramref name="id"/>, built by <paramref name="change"/> from the newest one, in
    /// one transaction with its log entry. The editor names the version it started from: when another has been stored
    /// since (read first, or by the concurrency token at the same moment) the answer is a conflict and nothing is
    /// overwritten. <paramref name="also"/> runs inside the transaction (a proposal marked as folded in, say).
    /// </summary>
    public async Task<Outcome<StoredVersion>> StoreNextAsync(
        Viewer actor, Guid id, int expectedVersion, int? round, Func<NegotiatingText, Outcome<NegotiatingText>> change,
        Func<int, CancellationToken, Task>? also, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var text = await db.Texts.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
            if (text is null || !TextAccess.CanRead(actor, text))
                return new Refusal(OutcomeStatus.NotFound, $"there is no text {id}");
            if (expectedVersion != text.CurrentVersion)
                return Outcome.Conflict($"version {text.CurrentVersion} was stored after version {expectedVersion} you started from; nothing was overwritten");
            var row = await db.TextVersions.AsNoTracking().FirstAsync(v => v.TextId == id && v.Number == text.CurrentVersion, cancellationToken);
            var changed = change(Content(row));
            if (changed.Refusal is { } refusal)
                return refusal;
            var content = changed.Value;
            text.CurrentVersion++;
            text.Title = content.Title;
            text.UpdatedUtc = Now();
            await AddVersionAsync(actor, text, text.CurrentVersion, round ?? row.Round, content, cancellationToken);
            try
            {
                if (also is not null)
                    await also(text.CurrentVersion, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return Outcome.Conflict("another version was stored at the same moment; nothing was overwritten");
            }
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return Outcome.Ok(new StoredVersion(text.Id, text.CurrentVersion, VersionHash.Of(content)));
        });
    }

    /// <summary>Every version of a text the viewer may read, oldest first (empty when none).</summary>
    public async Task<IReadOnlyList<(Data.Texts.TextVersionRow Row, NegotiatingText Text)>> VersionsAsync(Viewer viewer, Guid id, CancellationToken cancellationToken)
    {
        var text = await db.Texts.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (text is null || !TextAccess.CanRead(viewer, text))
            return [];
        var rows = await db.TextVersions.AsNoTracking().Where(v => v.TextId == id).OrderBy(v => v.Number).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r, Content(r)))];
    }
}
