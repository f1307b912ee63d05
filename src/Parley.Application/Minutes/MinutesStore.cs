using Microsoft.EntityFrameworkCore;
using Parley.Application.Talks;
using Parley.Data;
using Parley.Data.Minutes;
using Parley.Domain.Access;
using Parley.Domain.Talks;

namespace Parley.Application.Minutes;

/// <summary>What the minutes use cases share: the round as the viewer may see it, and the stored minutes with their signatures.</summary>
internal sealed class MinutesStore(ParleyDbContext db, ITalksReader reader, TimeProvider clock)
{
    public static readonly string[] Languages = ["en", "uk", "ru"];

    public ParleyDbContext Db => db;

    public ITalksReader Reader => reader;

    public TimeProvider Clock => clock;

    public DateTime Now()
    {
        // Whole microseconds, as PostgreSQL keeps them.
        var now = clock.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % 10));
    }

    public Task<Round?> RoundAsync(Viewer viewer, Guid id, CancellationToken cancellationToken) => reader.GetAsync<Round>(viewer, id, cancellationToken);

    public Task<RoundMinutesRow?> RowAsync(Guid round, CancellationToken cancellationToken) =>
        db.RoundMinutes.AsNoTracking().FirstOrDefaultAsync(m => m.RoundId == round, cancellationToken);

    public async Task<MinutesView> ViewAsync(Round round, RoundMinutesRow row, CancellationToken cancellationToken)
    {
        var signatures = await db.MinutesSignatures.AsNoTracking().Where(s => s.RoundId == round.Id).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        return new MinutesView(round.Id, round.Number, row.Language, row.Text, row.Version, row.Hash, row.UpdatedAtUtc,
            [.. signatures.Select(s => new MinutesSignatureView(s.Party, s.Version, s.Hash, s.KeyName, s.VerifiedAtUtc))]);
    }

    /// <summary>The text as stored and signed: "\n" line endings, no trailing blank lines beyond one newline.</summary>
    public static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n', ' ') + "\n";

    /// <summary>
    /// Statements that may go into minutes of a round with this visibility: no more closed than the round, never a
    /// party's draft, so drafting shared minutes never copies a mediator-only statement into them.
    /// </summary>
    public static bool FitsMinutesOf(Visibility round, Visibility statement) => statement switch
    {
        Visibility.Public => true,
        Visibility.Shared => round is Visibility.Shared or Visibility.MediatorOnly,
        Visibility.MediatorOnly => round == Visibility.MediatorOnly,
        _ => false,
    };
}
