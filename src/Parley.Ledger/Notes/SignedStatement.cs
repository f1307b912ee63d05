using System.Text;

namespace Parley.Ledger.Notes;

/// <summary>
/// Anything Parley signs other than checkpoints and cosignatures: a note whose first line is
/// <c>parley/signed/v1</c> and second line <c>kind &lt;kind&gt;</c> (exchange-manifest, document, key-rotation, …),
/// then <c>&lt;field&gt; &lt;value&gt;</c> lines. The header can be neither a log origin nor <c>cosignature/v1</c>,
/// so a statement signature cannot be replayed as a checkpoint or a cosignature, nor one kind as another.
/// </summary>
public sealed record SignedStatement(string Kind, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    /// <summary>First line of every statement.</summary>
    public const string Header = "parley/signed/v1";

    /// <summary>The note text.</summary>
    public string ToText()
    {
        var builder = new StringBuilder(Header).Append('\n').Append("kind ").Append(Kind).Append('\n');
        foreach (var (name, value) in Fields)
        {
            builder.Append(name).Append(' ').Append(value).Append('\n');
        }
        var text = builder.ToString();
        Parse(text);
        return text;
    }

    /// <summary>The value of the first field called <paramref name="name"/>, or null.</summary>
    public string? this[string name] => Fields.FirstOrDefault(f => f.Key == name).Value;

    /// <summary>Parses a statement text; errors name the line.</summary>
    public static SignedStatement Parse(string text)
    {
        SignedNote.ValidateText(text);
        var lines = text[..^1].Split('\n');
        if (lines[0] != Header)
        {
            throw new LedgerFormatException($"statement line 1: expected '{Header}', got '{lines[0]}'");
        }
        if (lines.Length < 2 || !lines[1].StartsWith("kind ", StringComparison.Ordinal) || !IsToken(lines[1][5..]))
        {
            throw new LedgerFormatException("statement line 2: expected 'kind <kind>' with a kind of letters, digits, '-' or '.'");
        }
        List<KeyValuePair<string, string>> fields = [];
        for (var i = 2; i < lines.Length; i++)
        {
            var space = lines[i].IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0 || !IsToken(lines[i][..space]))
            {
                throw new LedgerFormatException($"statement line {i + 1}: expected '<field> <value>'");
            }
            fields.Add(new(lines[i][..space], lines[i][(space + 1)..]));
        }
        return new SignedStatement(lines[1][5..], fields);
    }

    /// <summary>Signs this statement as a note.</summary>
    public SignedNote Sign(params NoteSigner[] signers) => SignedNote.Sign(ToText(), signers);

    /// <summary>Opens a signed statement: valid signature by one of <paramref name="signers"/>, the expected kind.</summary>
    public static (SignedStatement Statement, IReadOnlyList<NoteSignature> Signatures) Open(ReadOnlySpan<byte> note, string expectedKind, IReadOnlyCollection<NoteVerifier> signers)
    {
        var parsed = SignedNote.Parse(note);
        var statement = Parse(parsed.Text);
        if (statement.Kind != expectedKind)
        {
            throw new LedgerFormatException($"statement line 2: kind '{statement.Kind}' is not the expected '{expectedKind}'");
        }
        return (statement, NoteVerification.Verify(parsed, signers));
    }

    private static bool IsToken(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_');
}
