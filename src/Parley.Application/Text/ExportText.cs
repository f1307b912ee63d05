using Parley.Application.Outcomes;
using System.Text;
using Parley.Domain.Access;
using Parley.Reports.TextExports;
using Parley.Text;
using Parley.Text.Akn;
using Parley.Text.Format;

namespace Parley.Application.Text;

/// <summary>The export formats of the contract.</summary>
public enum TextFormat
{
    /// <summary>The plain-text form.</summary>
    Text,

    /// <summary>Akoma Ntoso 3.0 XML.</summary>
    Akn,

    /// <summary>Word document.</summary>
    Docx,

    /// <summary>PDF.</summary>
    Pdf,
}

/// <summary>Exports one version in a format, with labels in the chosen language and the version hash.</summary>
public sealed class ExportText
{
    private readonly ReadText _read;

    internal ExportText(ReadText read) => _read = read;

    /// <summary>The file's bytes.</summary>
    public async Task<Outcome<byte[]>> RunAsync(Viewer viewer, Guid id, int? version, TextFormat format, string? language = null, CancellationToken cancellationToken = default)
    {
        var read = await _read.RunAsync(viewer, id, version, cancellationToken);
        if (read.Refusal is { } refusal)
            return refusal;
        var view = read.Value;
        var lang = TextLanguage.Find(language ?? view.Language);
        if (lang is null)
            return Outcome.Invalid("language", $"'{language}' is not one of en, uk, ru");
        var export = new TextExport(view.Text, view.Version, lang);
        byte[] bytes = format switch
        {
            TextFormat.Text => Encoding.UTF8.GetBytes(PlainTextWriter.Write(view.Text, lang)),
            TextFormat.Akn => AknWriter.Write(view.Text, new AknExportOptions(view.Id.ToString(), view.Version, DateOnly.FromDateTime(DateTime.UtcNow), lang)),
            TextFormat.Docx => TextDocx.Render(export),
            TextFormat.Pdf => TextPdf.Render(export),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
        return Outcome.Ok(bytes);
    }
}
