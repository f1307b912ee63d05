using System.IO.Compression;
using System.Xml;

namespace Parley.Lists;

/// <summary>
/// The cells of the worksheet MiniExcel reads that hold a formula (the <c>f</c> element of a cell, ECMA-376
/// Part 1 §18.3.1.40). MiniExcel returns a formula cell's cached value and cannot tell it from a typed
/// value, so the sheet is scanned once more: its bytes first (most lists hold no formula, and a byte search
/// runs at memory speed), then, only when a formula element may be there, with an <see cref="XmlReader"/>
/// for each formula's row and column.
/// </summary>
internal static class XlsxFormulaCells
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
    };

    /// <summary>(row, 1-based column) of every formula cell; empty when the workbook cannot be read (MiniExcel reports that).</summary>
    public static HashSet<(long Row, int Column)> Find(Stream workbook)
    {
        var start = workbook.Position;
        try
        {
            using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
            return FirstSheet(zip) is { } sheet && MayHoldFormula(sheet) ? Cells(sheet) : [];
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or FormatException)
        {
            return [];
        }
        finally
        {
            workbook.Position = start;
        }
    }

    /// <summary>The sheet MiniExcel queries without a sheet name: the only one, or the workbook's first.</summary>
    private static ZipArchiveEntry? FirstSheet(ZipArchive zip)
    {
        var sheets = zip.Entries.Where(e => Name(e).StartsWith("xl/worksheets/sheet", StringComparison.OrdinalIgnoreCase)).ToList();
        if (sheets.Count <= 1)
        {
            return sheets.FirstOrDefault();
        }

        var id = FirstAttribute(zip.GetEntry("xl/workbook.xml"), "sheet", "id", relationshipNamespace: true);
        var target = id is null ? null : RelationshipTarget(zip.GetEntry("xl/_rels/workbook.xml.rels"), id);
        if (target is null)
        {
            return null;
        }

        target = target.StartsWith('/') ? target[1..] : "xl/" + target;
        return sheets.FirstOrDefault(e => Name(e).Equals(target, StringComparison.OrdinalIgnoreCase));
    }

    private static string Name(ZipArchiveEntry entry) => entry.FullName.TrimStart('/');

    private static string? FirstAttribute(ZipArchiveEntry? entry, string element, string attribute, bool relationshipNamespace)
    {
        if (entry is null)
        {
            return null;
        }

        using var reader = XmlReader.Create(entry.Open(), Settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == element)
            {
                for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                {
                    if (reader.LocalName == attribute && (!relationshipNamespace || reader.NamespaceURI.EndsWith("/relationships", StringComparison.Ordinal)))
                    {
                        return reader.Value;
                    }
                }

                return null;
            }
        }

        return null;
    }

    private static string? RelationshipTarget(ZipArchiveEntry? rels, string id)
    {
        if (rels is null)
        {
            return null;
        }

        using var reader = XmlReader.Create(rels.Open(), Settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.GetAttribute("Id") == id)
            {
                return reader.GetAttribute("Target");
            }
        }

        return null;
    }

    /// <summary>Whether the sheet's XML has <c>&lt;f</c> or <c>:f</c> followed by the end of a tag name.</summary>
    private static bool MayHoldFormula(ZipArchiveEntry sheet)
    {
        using var stream = sheet.Open();
        var buffer = new byte[1 << 16];
        var kept = 0;
        int read;
        while ((read = stream.Read(buffer, kept, buffer.Length - kept)) > 0)
        {
            var span = buffer.AsSpan(0, kept + read);
            if (HasTag(span, "<f"u8) || HasTag(span, ":f"u8))
            {
                return true;
            }

            // A tag split between two reads is found in the next one.
            span[^2..].CopyTo(buffer);
            kept = 2;
        }

        return false;
    }

    private static bool HasTag(ReadOnlySpan<byte> span, ReadOnlySpan<byte> prefix)
    {
        for (var at = span.IndexOf(prefix); at >= 0; at = span.IndexOf(prefix))
        {
            var next = at + prefix.Length;
            if (next < span.Length && span[next] is (byte)'>' or (byte)'/' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                return true;
            }

            span = span[(at + 1)..];
        }

        return false;
    }

    private static HashSet<(long Row, int Column)> Cells(ZipArchiveEntry sheet)
    {
        var cells = new HashSet<(long Row, int Column)>();
        using var reader = XmlReader.Create(sheet.Open(), Settings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "sheetData")
            {
                continue;
            }

            // Only inside sheetData: an x14 extension after it holds conditional-format formulas, not cells.
            using var data = reader.ReadSubtree();
            long row = 0;
            var column = 0;
            while (data.Read())
            {
                if (data.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (data.LocalName)
                {
                    case "row":
                        row = long.TryParse(data.GetAttribute("r"), out var r) ? r : row + 1;
                        column = 0;
                        break;
                    case "c":
                        column = ColumnOf(data.GetAttribute("r")) is > 0 and var c ? c : column + 1;
                        break;
                    case "f":
                        cells.Add((row, column));
                        break;
                }
            }

            break;
        }

        return cells;
    }

    /// <summary>The 1-based column of a cell reference such as <c>AB12</c>, or 0.</summary>
    internal static int ColumnOf(string? reference)
    {
        var n = 0;
        foreach (var ch in reference ?? "")
        {
            if (ch is >= 'A' and <= 'Z')
            {
                n = (n * 26) + (ch - 'A' + 1);
            }
            else if (ch is >= 'a' and <= 'z')
            {
                n = (n * 26) + (ch - 'a' + 1);
            }
            else
            {
                break;
            }
        }

        return n;
    }
}
