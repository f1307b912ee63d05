namespace Parley.Ledger.Notes;

internal static class Base64
{
    /// <summary>Strict standard base64 (padding required, no whitespace), as Go's StdEncoding.</summary>
    public static byte[] Decode(string text, string field)
    {
        if (text.Length % 4 != 0 || text.Any(c => char.IsWhiteSpace(c)))
        {
            throw new LedgerFormatException($"{field}: '{Shorten(text)}' is not padded standard base64");
        }
        try
        {
            var bytes = Convert.FromBase64String(text);
            // Reject non-canonical encodings (unused low bits set), so one value has one spelling.
            if (Convert.ToBase64String(bytes) != text)
            {
                throw new LedgerFormatException($"{field}: '{Shorten(text)}' is not canonical base64");
            }
            return bytes;
        }
        catch (FormatException e) when (e is not LedgerFormatException)
        {
            throw new LedgerFormatException($"{field}: '{Shorten(text)}' is not base64", e);
        }
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..57] + "..." : text;
}
