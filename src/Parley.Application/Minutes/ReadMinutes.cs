using Parley.Application.Outcomes;
using Parley.Domain.Access;

namespace Parley.Application.Minutes;

/// <summary>A round's stored minutes and signatures, for whoever may see the round.</summary>
public sealed class ReadMinutes
{
    private readonly MinutesStore _store;

    internal ReadMinutes(MinutesStore store) => _store = store;

    public async Task<Outcome<MinutesView>> RunAsync(Viewer viewer, Guid round, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (await _store.RoundAsync(viewer, round, cancellationToken) is not { } found)
            return Outcome.NotFound("round");
        if (await _store.RowAsync(round, cancellationToken) is not { } row)
            return Outcome.NotFound("minutes of this round (the chair has not saved any yet)");
        return Outcome.Ok(await _store.ViewAsync(found, row, cancellationToken));
    }
}
