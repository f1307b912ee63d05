using System.Text;
using System.Text.RegularExpressions;

namespace Parley.Analysis.Formats;

/// <summary>An input's name (a file name; GENIUS profiles name their party after it) and its text.</summary>
public sealed partial record InputFile(string Name, string Text)
{
    /// <summary>
    /// Decodes a file as an XML parser would: a byte-order mark first, else the encoding its XML declaration names
    /// (ANAC files declare ISO-8859-1), else UTF-8.
    /// </summary>
    public static InputFile FromBytes(string name, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var reader = new StreamReader(new MemoryStream(bytes), DeclaredEncoding(bytes), detectEncodingFromByteOrderMarks: true);
        return new InputFile(name, reader.ReadToEnd());
    }

    private static Encoding DeclaredEncoding(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        var declared = XmlEncoding().Match(head);
        if (!declared.Success)
        {
            return new UTF8Encoding(false);
        }
        try
        {
            return Encoding.GetEncoding(declared.Groups[1].Value);
        }
        catch (ArgumentException)
        {
            return new UTF8Encoding(false);
        }
    }

    [GeneratedRegex("""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")]
    private static partial Regex XmlEncoding();
}
