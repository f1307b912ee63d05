using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Parley.Lists;

/// <summary>Works out from the first bytes what a list file is: XLSX, or text in which encoding and with which delimiter.</summary>
internal static class InputSniffer
{
    public const int HeadSize = 64 * 1024;

    private static readonly Lazy<Encoding> Windows1251 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1251);
    });

    public static Encoding Cp1251 => Windows1251.Value;

    public static bool IsZip(ReadOnlySpan<byte> head) =>
        head.Length >= 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] is 3 or 5 or 7 && head[3] is 4 or 6 or 8;

    /// <summary>A UTF-8 or UTF-16 byte order mark, or null.</summary>
    public static Encoding? BomEncoding(ReadOnlySpan<byte> head) => head switch
    {
        [0xEF, 0xBB, 0xBF, ..] => new UTF8Encoding(false),
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    /// <summary>
    /// The offset of a byte in the first line that no text header has (NUL or another control
    /// character), or -1. Random or binary data has one within a few bytes; a NUL in a data row
    /// is instead reported against that row.
    /// </summary>
    public static int BinaryOffset(ReadOnlySpan<byte> head)
    {
        for (var i = 0; i < head.Length; i++)
        {
            var b = head[i];
            if (b is (byte)'\n' or (byte)'\r')
            {
                return -1;
            }

            if ((b < 0x20 && b != (byte)'\t') || b == 0x7F)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether <paramref name="bytes"/> is valid UTF-8, allowing a sequence cut off at the end when
    /// <paramref name="final"/> is false; <paramref name="pending"/> is how many bytes of such a tail remain.
    /// </summary>
    public static bool IsValidUtf8(ReadOnlySpan<byte> bytes, bool final, out int pending)
    {
        pending = 0;
        if (Utf8.IsValid(bytes))
        {
            return true;
        }

        if (final)
        {
            return false;
        }

        // Up to three bytes of an unfinished sequence may end a chunk.
        for (var cut = 1; cut <= 3 && cut <= bytes.Length; cut++)
        {
            if (Utf8.IsValid(bytes[..^cut]) && IsSequenceStart(bytes[^cut..]))
            {
                pending = cut;
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the rest of a seekable stream to check it is all UTF-8; leaves the position where it was.</summary>
    public static bool RestIsValidUtf8(Stream stream, ReadOnlySpan<byte> head)
    {
        var start = stream.Position;
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            var carry = 0;
            if (!IsValidUtf8(head, false, out carry))
            {
                return false;
            }

            head[^carry..].CopyTo(buffer);
            int read;
            while ((read = stream.Read(buffer, carry, buffer.Length - carry)) > 0)
            {
                if (!IsValidUtf8(buffer.AsSpan(0, carry + read), false, out var pending))
                {
                    return false;
                }

                buffer.AsSpan(carry + read - pending, pending).CopyTo(buffer);
                carry = pending;
            }

            return carry == 0;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            stream.Position = start;
        }
    }

    /// <summary>
    /// The delimiter of the header line: whichever of comma and semicolon occurs more often outside
    /// quotes before the first line break (both are ASCII, so this works on the raw bytes of either encoding).
    /// </summary>
    public static char Delimiter(ReadOnlySpan<byte> text)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var b in text)
        {
            if (b == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                if (b is (byte)'\n' or (byte)'\r')
                {
                    break;
                }

                commas += b == (byte)',' ? 1 : 0;
                semicolons += b == (byte)';' ? 1 : 0;
            }
        }

        return semicolons > commas ? ';' : ',';
    }

    private static bool IsSequenceStart(ReadOnlySpan<byte> tail)
    {
        var need = tail[0] switch
        {
            >= 0xC2 and <= 0xDF => 2,
            >= 0xE0 and <= 0xEF => 3,
            >= 0xF0 and <= 0xF4 => 4,
            _ => 0,
        };
        if (need <= tail.Length)
        {
            return false;
        }

        foreach (var b in tail[1..])
        {
            if ((b & 0xC0) != 0x80)
            {
                return false;
            }
        }

        return true;
    }
}
