using Parley.Application.Outcomes;
using Parley.Domain.Access;

namespace Parley.Application.Text;

/// <summary>Reads one version of a text (the newest when none is named), if the viewer may see the text.</summary>
public sealed class ReadText
{
    private readonly TextStore _store;

    internal ReadText(TextStore store) => _store = store;

    /// <summary>The version, or not found.</summary>
    public async Task<Outcome<TextView>> RunAsync(Viewer viewer, Guid id, int? version = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var (text, row) = await _store.FindAsync(viewer, id, version, cancellationToken);
        if (text is null)
            return new Refusal(OutcomeStatus.NotFound, $"there is no text {id}");
        if (row is null)
            return new Refusal(OutcomeStatus.NotFound, $"text {id} has no version {version} (the newest is {text.CurrentVersion})");
        return Outcome.Ok(new TextView(text.Id, text.Language, text.Visibility, row.Number, text.CurrentVersion, row.Round, row.Hash, TextStore.Content(row)));
    }
}
