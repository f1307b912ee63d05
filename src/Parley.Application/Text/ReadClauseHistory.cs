using Parley.Application.Outcomes;
using Parley.Domain.Access;
using Parley.Text;
using Parley.Text.Compare;

namespace Parley.Application.Text;

/// <summary>One clause across every version: what it said, and who proposed which wording in which round.</summary>
public sealed class ReadClauseHistory
{
    private readonly TextStore _store;

    internal ReadClauseHistory(TextStore store) => _store = store;

    /// <summary>The history, or not found.</summary>
    public async Task<Outcome<ClauseHistory>> RunAsync(Viewer viewer, Guid id, string clause, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!ClauseNumber.TryParse(clause, out var number))
            return Outcome.Invalid("clause", $"'{clause}' is not a clause number such as 2.1");
        var versions = await _store.VersionsAsync(viewer, id, cancellationToken);
        if (versions.Count == 0)
            return new Refusal(OutcomeStatus.NotFound, $"there is no text {id}");
        if (versions.All(v => v.Text.Find(number) is null))
            return new Refusal(OutcomeStatus.NotFound, $"no version of text {id} has a clause {number}");
        return Outcome.Ok(ClauseHistory.Of(versions.Select(v => new TextVersion(v.Row.Number, v.Row.Round, v.Text)), number));
    }
}
