using Microsoft.EntityFrameworkCore;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Log;
using Parley.Application.Outcomes;
using Parley.Data.Minutes;
using Parley.Domain.Access;
using Parley.Domain.Talks;

namespace Parley.Application.Minutes;

/// <summary>The chair's edit of a round's minutes.</summary>
/// <param name="Text">The whole text.</param>
/// <param name="Language">en, uk or ru.</param>
/// <param name="ExpectedVersion">The version the chair edited (0 for the first save).</param>
public sealed record MinutesEdit(string Text, string Language, int ExpectedVersion);

/// <summary>
/// The chair saves a round's minutes: a new version with its hash, entered in the log (public rounds in the clear,
/// others as a salted commitment), under optimistic concurrency. Signatures stay on the version they sign: a party
/// that signed version 2 has not agreed version 3.
/// </summary>
public sealed class SaveMinutes
{
    internal const int MaxLength = 100_000;
    private readonly MinutesStore _store;

    internal SaveMinutes(MinutesStore store) => _store = store;

    public async Task<Outcome<MinutesView>> RunAsync(Viewer actor, Guid round, MinutesEdit edit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(edit);
        if (await _store.RoundAsync(actor, round, cancellationToken) is not { } found)
            return Outcome.NotFound("round");
        if (!actor.IsMediator)
            return Outcome.Forbidden("The chair (a mediator) keeps the minutes; a party signs them.");
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(edit.Text))
            errors["text"] = ["is required: draft the minutes from the record first."];
        else if (edit.Text.Length > MaxLength)
            errors["text"] = [$"is {edit.Text.Length:N0} characters; minutes may have at most {MaxLength:N0}."];
        if (!MinutesStore.Languages.Contains(edit.Language ?? ""))
            errors["language"] = [$"'{edit.Language}' is not one of en, uk, ru."];
        if (edit.ExpectedVersion < 0)
            errors["expectedVersion"] = ["must be 0 (first save) or the version you edited."];
        if (errors.Count > 0)
            return Outcome.Invalid(errors);
        var text = MinutesStore.Normalise(edit.Text);
        return await StoreAsync(actor, found, text, edit, cancellationToken);
    }

    private async Task<Outcome<MinutesView>> StoreAsync(Viewer actor, Round round, string text, MinutesEdit edit, CancellationToken cancellationToken)
    {
        var db = _store.Db;
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var row = await db.RoundMinutes.FirstOrDefaultAsync(m => m.RoundId == round.Id, cancellationToken);
            if ((row?.Version ?? 0) != edit.ExpectedVersion)
                return Outcome.EditConflict(row?.Version ?? 0);
            if (row is null)
            {
                row = new RoundMinutesRow { RoundId = round.Id };
                db.RoundMinutes.Add(row);
            }
            row.Version = edit.ExpectedVersion + 1;
            row.Language = edit.Language;
            row.Text = text;
            row.Hash = ExchangeStatements.Hash(text);
            row.UpdatedAtUtc = _store.Now();
            var entry = new { round = round.Id, number = round.Number, version = row.Version, language = row.Language, sha256 = row.Hash };
            if (round.Visibility == Visibility.Public)
                await LogAppender.AppendPublicAsync(db, actor, "minutes.version", entry, _store.Clock.GetUtcNow(), cancellationToken);
            else
                await LogAppender.AppendCommitmentAsync(db, actor, "minutes.version", round.Visibility, $"{round.Id}/minutes", row.Version, entry, _store.Clock.GetUtcNow(), cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return Outcome.Conflict("The minutes were saved at the same moment by someone else: reload them and apply your change again.");
            }
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return Outcome.Ok(await _store.ViewAsync(round, row, cancellationToken));
        });
    }
}
