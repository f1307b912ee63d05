using Parley.Application.Outcomes;
using Parley.Domain.Access;
using Parley.Domain.Minutes;
using Parley.Domain.Talks;

namespace Parley.Application.Minutes;

/// <summary>
/// Drafts a round's minutes from the record (<see cref="MinutesDrafter"/>) in English, Ukrainian or Russian: what the
/// chair starts editing. Anyone who may see the round may see the draft; the statements in it are only those no
/// more closed than the round itself.
/// </summary>
public sealed class DraftMinutes
{
    private readonly MinutesStore _store;

    internal DraftMinutes(MinutesStore store) => _store = store;

    public async Task<Outcome<MinutesDraft>> RunAsync(Viewer viewer, Guid round, string? language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var code = language ?? "en";
        if (!MinutesStore.Languages.Contains(code))
            return Outcome.Invalid("lang", $"'{code}' is not one of en, uk, ru");
        if (await _store.RoundAsync(viewer, round, cancellationToken) is not { } found)
            return Outcome.NotFound("round");
        var people = (await _store.Reader.ListAsync<Person>(viewer, cancellationToken)).ToDictionary(p => p.Id);
        var statements = (await _store.Reader.ListAsync<Statement>(viewer, cancellationToken))
            .Where(s => MinutesStore.FitsMinutesOf(found.Visibility, s.Visibility));
        return Outcome.Ok(MinutesDrafter.Draft(found, people, statements, MinutesLanguage.For(code)));
    }
}
