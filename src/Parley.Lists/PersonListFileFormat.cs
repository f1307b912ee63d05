using System.Text;

namespace Parley.Lists;

/// <summary>How a person-list file is written: encoding, delimiter, line ends, date style (person-list contract).</summary>
/// <param name="Windows1251">Windows-1251 instead of UTF-8.</param>
/// <param name="Delimiter"><c>,</c> or <c>;</c>.</param>
/// <param name="Bom">A UTF-8 byte-order mark (ignored for Windows-1251).</param>
/// <param name="CrLf">CRLF line ends (RFC 4180) instead of LF.</param>
/// <param name="DottedDates">Full dates as <c>DD.MM.YYYY</c> instead of <c>YYYY-MM-DD</c>.</param>
/// <param name="RequiredColumnsOnly">Only the contract's seven required columns (what other sides' tools send).</param>
public sealed record PersonListFileFormat(
    bool Windows1251 = false,
    char Delimiter = ',',
    bool Bom = false,
    bool CrLf = false,
    bool DottedDates = false,
    bool RequiredColumnsOnly = false)
{
    /// <summary>The required columns only, UTF-8 without BOM, comma, LF, ISO dates.</summary>
    public static PersonListFileFormat Default { get; } = new(RequiredColumnsOnly: true);

    /// <summary>What an export from Parley is: every contract column, UTF-8 without BOM, comma, CRLF (RFC 4180), ISO dates.</summary>
    public static PersonListFileFormat Export { get; } = new(CrLf: true);

    /// <summary>What a Russian-side office often sends: Windows-1251, semicolons, CRLF, dotted dates.</summary>
    public static PersonListFileFormat Windows { get; } = new(Windows1251: true, Delimiter: ';', CrLf: true, DottedDates: true, RequiredColumnsOnly: true);

    internal Encoding GetEncoding()
    {
        if (!Windows1251)
        {
            return new UTF8Encoding(Bom);
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1251, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
