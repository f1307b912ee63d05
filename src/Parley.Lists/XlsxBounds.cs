using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Parley.Lists;

/// <summary>
/// Refuses a workbook that would expand past the read's limits before MiniExcel inflates anything (issue 14,
/// finding 3: a 0.26 MB XLSX holding one 256 MiB cell took 2 GB). First the ZIP directory: part count, the sizes
/// the entries declare (System.IO.Compression stops inflating an entry at its declared size, so a lying header
/// cannot hide a larger part) and each part's compression ratio. Then one streaming pass over the sheets and
/// shared strings: rows, the highest row and column a cell names (MiniExcel fills the gaps), the characters of
/// each cell, and the bytes between two <c>&lt;</c> (bounding every attribute, tag name and text run) —
/// read in chunks, so the pass itself holds a few buffers whatever the file.
/// </summary>
internal static class XlsxBounds
{
    private const int MaxParts = 10_000;
    private const long RatioGrace = 1 << 20;
    private const int MaxMarkupRun = 1 << 20;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    /// <summary>Why the workbook is refused, naming the limit; null when it is within every limit or not a readable ZIP (MiniExcel reports that).</summary>
    public static string? Refusal(Stream workbook, PersonListReadOptions options)
    {
        var start = workbook.Position;
        try
        {
            using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
            return DirectoryRefusal(zip, options) ?? ContentRefusal(zip, options);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return null;
        }
        finally
        {
            workbook.Position = start;
        }
    }

    private static string? DirectoryRefusal(ZipArchive zip, PersonListReadOptions options)
    {
        if (zip.Entries.Count > MaxParts)
        {
            return $"the workbook has {zip.Entries.Count:N0} parts; the limit is {MaxParts:N0}";
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            var ratio = entry.Length / Math.Max(1, entry.CompressedLength);
            if (entry.Length > RatioGrace && ratio > options.MaxCompressionRatio)
            {
                return $"the workbook part {entry.FullName} expands {Size(entry.CompressedLength)} to {Size(entry.Length)} "
                    + $"(ratio {ratio:N0}:1; the limit is {options.MaxCompressionRatio}:1), as a zip bomb does";
            }

            if (total > options.MaxUncompressedBytes)
            {
                return $"the workbook expands to more than {Size(options.MaxUncompressedBytes)} (the limit of an uncompressed workbook)";
            }
        }

        return null;
    }

    private static string? ContentRefusal(ZipArchive zip, PersonListReadOptions options)
    {
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName.TrimStart('/');
            var sheet = name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase);
            if ((sheet || name.Contains("sharedstrings", StringComparison.OrdinalIgnoreCase))
                && Scan(entry, name, sheet, options) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    private static string? Scan(ZipArchiveEntry entry, string name, bool sheet, PersonListReadOptions options)
    {
        try
        {
            using var input = new MarkupRunLimit(entry.Open(), MaxMarkupRun);
            using var reader = XmlReader.Create(input, Settings);
            var chunk = new char[4096];
            long rows = 0, lastRow = 0;
            var cellChars = 0L;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when sheet && reader.LocalName == "row":
                        rows++;
                        lastRow = long.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : lastRow + 1;
                        // The header row is not a data row; written without + 1 so that long.MaxValue (no limit) cannot overflow.
                        if (rows - 1 > options.MaxRows || lastRow - 1 > options.MaxRows)
                        {
                            return $"the sheet {name} has more than {options.MaxRows:N0} rows (the limit of a list)";
                        }

                        break;
                    case XmlNodeType.Element when sheet && reader.LocalName == "c":
                        if (XlsxFormulaCells.ColumnOf(reader.GetAttribute("r")) > options.MaxColumns)
                        {
                            return $"the sheet {name} has a cell ({reader.GetAttribute("r")}) past column {options.MaxColumns} (the limit of a list)";
                        }

                        cellChars = 0;
                        break;
                    case XmlNodeType.Element when reader.LocalName == "si":
                        cellChars = 0;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                        int read;
                        while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                        {
                            cellChars += read;
                            if (cellChars > options.MaxCellChars)
                            {
                                return $"{name} holds a cell longer than {options.MaxCellChars:N0} characters (the limit of a cell)";
                            }
                        }

                        break;
                }
            }

            return null;
        }
        catch (MarkupRunLimit.ExceededException)
        {
            return $"{name} holds more than {Size(MaxMarkupRun)} without markup (a single cell or attribute that large is refused)";
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static string Size(long bytes) => bytes >= 1 << 20
        ? (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MiB"
        : (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KiB";
}
