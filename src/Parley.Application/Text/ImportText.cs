using Parley.Application.Outcomes;
using Microsoft.EntityFrameworkCore;
using Parley.Data.Texts;
using Parley.Domain.Access;
using Parley.Text;

namespace Parley.Application.Text;

/// <summary>What to import: the file, and either a new text's settings or the text it is the next version of.</summary>
/// <param name="File">Plain-text form (UTF-8) or DOCX bytes.</param>
/// <param name="TextId">Store as the next version of this text; null creates a text.</param>
/// <param name="Title">Overrides the file's title.</param>
/// <param name="Round">The round this version is tabled at.</param>
/// <param name="Language">en, uk or ru (new texts; default en).</param>
/// <param name="Visibility">Who may read a new text (default shared).</param>
/// <param name="ExpectedVersion">For a next version: the version the editor started from; another newer one is a conflict.</param>
public sealed record ImportTextRequest(byte[] File, Guid? TextId = null, string? Title = null, int? Round = null, string? Language = null, Visibility? Visibility = null, int? ExpectedVersion = null);

/// <summary>A stored version: the text and its new version number and hash.</summary>
public sealed record StoredVersion(Guid TextId, int Version, string Hash);

/// <summary>
/// Creates a text from a file, or stores a file as the next version of one: whole file or nothing, errors with
/// line, column and reason; the version and its log entry commit together.
/// </summary>
public sealed class ImportText
{
    private readonly TextStore _store;

    internal ImportText(TextStore store) => _store = store;

    /// <summary>Runs the import for <paramref name="actor"/>.</summary>
    public async Task<Outcome<StoredVersion>> RunAsync(Viewer actor, ImportTextRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!TextAccess.CanWrite(actor))
            return Outcome.Forbidden(TextAccess.WriteRefused);
        var language = TextLanguage.Find(request.Language ?? "en");
        if (language is null)
            return Outcome.Invalid("language", $"'{request.Language}' is not one of en, uk, ru");
        if (request.Round is < 1)
            return Outcome.Invalid("round", "a number from 1");
        var parties = await _store.PartiesAsync(cancellationToken);
        var parsed = TextSource.Read(request.File, parties);
        if (!parsed.Succeeded)
            return TextRefusal.Invalid(parsed.Errors);
        var content = parsed.Text!;
        if (!string.IsNullOrWhiteSpace(request.Title))
            content = content with { Title = request.Title.Trim() };

        var db = _store.Db;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            NegotiatingTextRow? text;
            if (request.TextId is { } id)
            {
                text = await db.Texts.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
                if (text is null || !TextAccess.CanRead(actor, text))
                    return new Refusal(OutcomeStatus.NotFound, $"there is no text {id}");
                if (request.ExpectedVersion is { } expected && expected != text.CurrentVersion)
                    return Outcome.Conflict($"version {text.CurrentVersion} was stored after version {expected} you started from; nothing was overwritten");
                text.CurrentVersion++;
                text.Title = content.Title;
                text.UpdatedUtc = _store.Now();
            }
            else
            {
                text = new NegotiatingTextRow
                {
                    Id = Guid.CreateVersion7(), Title = content.Title, Language = language.Code, Visibility = request.Visibility ?? Visibility.Shared,
                    CurrentVersion = 1, CreatedUtc = _store.Now(), UpdatedUtc = _store.Now(),
                };
                db.Texts.Add(text);
            }
            await _store.AddVersionAsync(actor, text, text.CurrentVersion, request.Round, content, cancellationToken);
            try
            {
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
}
