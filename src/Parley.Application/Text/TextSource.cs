using System.Text;
using Parley.Reports.TextExports;
using Parley.Text;
using Parley.Text.Format;

namespace Parley.Application.Text;

/// <summary>Reads an uploaded file: the plain-text form, or a DOCX (told apart by its ZIP signature).</summary>
public static class TextSource
{
    /// <summary>The largest file accepted, in bytes.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>Reads the file, or says why not.</summary>
    public static TextParseResult Read(ReadOnlySpan<byte> file, PartyDirectory parties)
    {
        if (file.Length > MaxBytes)
            return new(null, [new TextParseError(1, 1, $"the file is {file.Length:N0} bytes; the limit is {MaxBytes:N0}")]);
        if (file.Length >= 2 && file[0] == 'P' && file[1] == 'K')
            return TextDocxImport.Read(file, parties);
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(file);
        }
        catch (DecoderFallbackException)
        {
            return new(null, [new TextParseError(1, 1, "the file is neither UTF-8 text nor a DOCX")]);
        }
        return PlainTextParser.Parse(text, parties);
    }
}
