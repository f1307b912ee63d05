using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Text;

namespace Parley.Application.Text;

/// <summary>A text in the list: its newest version and that version's progress.</summary>
/// <param name="Id">The text.</param>
/// <param name="Title">Its title.</param>
/// <param name="Language">ISO 639-1 code.</param>
/// <param name="Visibility">Who may read it.</param>
/// <param name="Version">The newest version.</param>
/// <param name="Round">The round the newest version was tabled at.</param>
/// <param name="Hash">The newest version's hash.</param>
/// <param name="Progress">Clauses agreed and bracketed in the newest version.</param>
/// <param name="UpdatedUtc">When the newest version was stored.</param>
public sealed record TextSummary(Guid Id, string Title, string Language, Visibility Visibility, int Version, int? Round, string Hash, Progress Progress, DateTime UpdatedUtc);

/// <summary>The texts the viewer may read, most recently changed first.</summary>
public sealed class ListTexts
{
    private readonly TextStore _store;

    internal ListTexts(TextStore store) => _store = store;

    /// <summary>The list.</summary>
    public async Task<IReadOnlyList<TextSummary>> RunAsync(Viewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var db = _store.Db;
        var texts = (await db.Texts.AsNoTracking().ToListAsync(cancellationToken)).Where(t => TextAccess.CanRead(viewer, t)).ToList();
        var ids = texts.Select(t => t.Id).ToList();
        var newest = await db.TextVersions.AsNoTracking()
            .Where(v => ids.Contains(v.TextId))
            .Join(db.Texts.AsNoTracking(), v => new { v.TextId, v.Number }, t => new { TextId = t.Id, Number = t.CurrentVersion }, (v, _) => v)
            .ToListAsync(cancellationToken);
        var byText = newest.ToDictionary(v => v.TextId);
        return [.. texts
            .Where(t => byText.ContainsKey(t.Id))
            .OrderByDescending(t => t.UpdatedUtc)
            .Select(t =>
            {
                var row = byText[t.Id];
                return new TextSummary(t.Id, t.Title, t.Language, t.Visibility, t.CurrentVersion, row.Round, row.Hash, TextProgress.Of(TextStore.Content(row)).Overall, t.UpdatedUtc);
            })];
    }
}
