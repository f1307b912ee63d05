using System.Text;
using Parley.Application.Outcomes;
using Parley.Domain.Access;
using Parley.Reports.Minutes;

namespace Parley.Application.Minutes;

/// <summary>The export formats of minutes.</summary>
public enum MinutesFormat
{
    /// <summary>The plain text as stored (what the parties sign).</summary>
    Text,

    /// <summary>Word document.</summary>
    Docx,

    /// <summary>PDF.</summary>
    Pdf,
}

/// <summary>
/// Exports a round's minutes: the saved version with its hash and signatures, or, while the chair has saved none, the
/// draft from the record in the language asked for. Parley's own labels follow that language.
/// </summary>
public sealed class ExportMinutes
{
    private readonly MinutesStore _store;
    private readonly DraftMinutes _draft;

    internal ExportMinutes(MinutesStore store, DraftMinutes draft) => (_store, _draft) = (store, draft);

    public async Task<Outcome<byte[]>> RunAsync(Viewer viewer, Guid round, MinutesFormat format, string? language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var draft = await _draft.RunAsync(viewer, round, language, cancellationToken);
        if (draft.Refusal is { } refusal)
            return refusal;
        var labels = MinutesLabels.For(draft.Value.Language);
        var stored = await _store.RowAsync(round, cancellationToken);
        var export = stored is null
            ? new MinutesExport(draft.Value.ToText(), labels, null, null, [])
            : new MinutesExport(stored.Text, labels, stored.Version, stored.Hash,
                [.. (await _store.ViewAsync((await _store.RoundAsync(viewer, round, cancellationToken))!, stored, cancellationToken)).Signatures
                    .Where(s => s.Version == stored.Version).Select(s => new MinutesSigned(s.Party, s.KeyName, s.VerifiedAt))]);
        return Outcome.Ok(format switch
        {
            MinutesFormat.Text => Encoding.UTF8.GetBytes(export.Text),
            MinutesFormat.Docx => MinutesDocx.Render(export),
            MinutesFormat.Pdf => MinutesPdf.Render(export),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        });
    }
}
