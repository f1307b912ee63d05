using Microsoft.EntityFrameworkCore;
using Parley.Application.Log;
using Parley.Data;
using Parley.Data.Texts;
using Parley.Domain.Access;
using Parley.Text;
using Parley.Text.Format;

namespace Parley.Application.Text;

/// <summary>What the text use cases share: the party directory from the record, and storing a version with its log entry.</summary>
internal sealed partial class TextStore(ParleyDbContext db, TimeProvider clock)
{
    public ParleyDbContext Db => db;

    public TimeProvider Clock => clock;

    public async Task<PartyDirectory> PartiesAsync(CancellationToken cancellationToken)
    {
        var parties = await db.Parties.AsNoTracking().ToListAsync(cancellationToken);
        return parties.Count == 0
            ? PartyDirectory.Default
            : new PartyDirectory(parties.Select(p => (p.Code, (IEnumerable<string>)[p.Name, p.NativeName ?? "", .. p.Aliases])));
    }

    public DateTime Now()
    {
        // Whole microseconds, as PostgreSQL keeps them.
        var now = clock.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % 10));
    }

    /// <summary>
    /// Adds version <paramref name="number"/> and its log entry, in the caller's transaction: a public text enters
    /// the log in the clear (its hash, never the words of a draft); any other as a salted commitment.
    /// </summary>
    public async Task AddVersionAsync(Viewer actor, NegotiatingTextRow text, int number, int? round, NegotiatingText content, CancellationToken cancellationToken)
    {
        var hash = VersionHash.Of(content);
        db.TextVersions.Add(new TextVersionRow
        {
            TextId = text.Id, Number = number, Round = round, Content = PlainTextWriter.Write(content), Hash = hash, CreatedUtc = Now(),
        });
        var entry = new { text = text.Id, version = number, round, language = text.Language, hash };
        if (text.Visibility == Visibility.Public)
            await LogAppender.AppendPublicAsync(db, actor, "text.version", entry, clock.GetUtcNow(), cancellationToken);
        else
            await LogAppender.AppendCommitmentAsync(db, actor, "text.version", text.Id.ToString(), number, entry, clock.GetUtcNow(), cancellationToken);
    }

    public async Task<(NegotiatingTextRow? Text, TextVersionRow? Version)> FindAsync(Viewer viewer, Guid id, int? version, CancellationToken cancellationToken)
    {
        var text = await db.Texts.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (text is null || !TextAccess.CanRead(viewer, text))
            return (null, null);
        var number = version ?? text.CurrentVersion;
        var row = await db.TextVersions.AsNoTracking().FirstOrDefaultAsync(v => v.TextId == id && v.Number == number, cancellationToken);
        return (text, row);
    }

    public static NegotiatingText Content(TextVersionRow row) => PlainTextParser.Parse(row.Content, PartyDirectory.Default).Text
        ?? throw new InvalidOperationException($"stored version {row.Number} of text {row.TextId} no longer parses");
}
