using Parley.Application.Outcomes;
using Parley.Domain.Access;
using Parley.Text.Compare;

namespace Parley.Application.Text;

/// <summary>The redline between any two versions of a text.</summary>
public sealed class CompareText
{
    private readonly ReadText _read;

    internal CompareText(ReadText read) => _read = read;

    /// <summary>Redline from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public async Task<Outcome<Redline>> RunAsync(Viewer viewer, Guid id, int from, int to, CancellationToken cancellationToken = default)
    {
        var before = await _read.RunAsync(viewer, id, from, cancellationToken);
        if (before.Refusal is { } refused)
            return refused;
        var after = await _read.RunAsync(viewer, id, to, cancellationToken);
        if (after.Refusal is { } refusedAfter)
            return refusedAfter;
        return Outcome.Ok(Redline.Between(before.Value.Text, after.Value.Text));
    }
}
