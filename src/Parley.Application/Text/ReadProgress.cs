using Parley.Application.Outcomes;
using Parley.Domain.Access;
using Parley.Text;

namespace Parley.Application.Text;

/// <summary>Progress of one version: overall and per article.</summary>
/// <param name="Version">Version number.</param>
/// <param name="Round">The round it was tabled at.</param>
/// <param name="Hash">Its version hash.</param>
/// <param name="Progress">Clauses agreed and bracketed, overall and per article.</param>
public sealed record VersionProgress(int Version, int? Round, string Hash, TextProgress Progress);

/// <summary>Progress across every version of a text ("little progress" as a line one can see).</summary>
public sealed class ReadProgress
{
    private readonly TextStore _store;

    internal ReadProgress(TextStore store) => _store = store;

    /// <summary>One entry per version, oldest first, or not found.</summary>
    public async Task<Outcome<IReadOnlyList<VersionProgress>>> RunAsync(Viewer viewer, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var versions = await _store.VersionsAsync(viewer, id, cancellationToken);
        if (versions.Count == 0)
            return new Refusal(OutcomeStatus.NotFound, $"there is no text {id}");
        return Outcome.Ok<IReadOnlyList<VersionProgress>>([.. versions.Select(v => new VersionProgress(v.Row.Number, v.Row.Round, v.Row.Hash, TextProgress.Of(v.Text)))]);
    }
}
