using System.IO.Compression;
using System.Text;

namespace Parley.Tests.Shared;

/// <summary>
/// The upload bombs of issue 14, finding 3, built the way an attacker would: small files that expand enormously.
/// Linked into the tests and bench/Parley.Lists.Bench.
/// </summary>
internal static class UploadBombs
{
    public const string Header = "id,family_name,given_name,patronymic,date_of_birth,sex,category";
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A workbook (~0.26 MB at 256 MiB) whose second row's given name is one cell of <paramref name="cellBytes"/> letters.</summary>
    public static byte[] XlsxHugeCell(long cellBytes = 256L << 20) => Workbook(sheet =>
    {
        Write(sheet, "<row>" + Cells(Header.Split(',')) + "</row><row>" + Cells(["1", "Petrenko"]) + "<c t=\"inlineStr\"><is><t>");
        var letters = new byte[1 << 20];
        letters.AsSpan().Fill((byte)'A');
        for (var left = cellBytes; left > 0; left -= letters.Length)
        {
            sheet.Write(letters, 0, (int)Math.Min(left, letters.Length));
        }

        Write(sheet, "</t></is></c>" + Cells(["", "1990", "M", "military"]) + "</row>");
    });

    /// <summary>A workbook (~0.3 MB at 2M) of a header and <paramref name="rows"/> identical short rows.</summary>
    public static byte[] XlsxManyRows(int rows = 2_000_000) => Workbook(sheet =>
    {
        Write(sheet, "<row>" + Cells(Header.Split(',')) + "</row>");
        var row = Encoding.UTF8.GetBytes("<row><c><v>1</v></c></row>");
        var block = new byte[row.Length * 4096];
        for (var i = 0; i < 4096; i++)
        {
            row.CopyTo(block, i * row.Length);
        }

        for (var left = rows; left > 0; left -= 4096)
        {
            sheet.Write(block, 0, Math.Min(left, 4096) * row.Length);
        }
    });

    /// <summary>
    /// A workbook within every ratio (random letters barely compress) whose one cell has <paramref name="cellChars"/>
    /// characters: caught by the streaming pass, not by the ZIP directory.
    /// </summary>
    public static byte[] XlsxLongRandomCell(int cellChars, int seed = 14) => Workbook(sheet =>
    {
        var random = new Random(seed);
        var text = new char[cellChars];
        for (var i = 0; i < text.Length; i++)
        {
            text[i] = (char)('a' + random.Next(26));
        }

        Write(sheet, "<row>" + Cells(Header.Split(',')) + "</row><row>" + Cells(["1", "Petrenko", new string(text), "", "1990", "M", "military"]) + "</row>");
    });

    /// <summary>A workbook of a header and <paramref name="rows"/> distinct valid rows (r attributes given), optionally one far cell.</summary>
    public static byte[] XlsxRows(int rows, string? farCell = null) => Workbook(sheet =>
    {
        Write(sheet, "<row r=\"1\">" + Cells(Header.Split(',')) + "</row>");
        for (var i = 1; i <= rows; i++)
        {
            var far = farCell is not null && i == rows ? $"<c r=\"{farCell}\" t=\"inlineStr\"><is><t>x</t></is></c>" : "";
            Write(sheet, $"<row r=\"{i + 1}\">" + Cells([$"{i}", "Petrenko", "Ivan", "", "1990", "M", "military"]) + far + "</row>");
        }
    });

    /// <summary>A CSV of a header and <paramref name="rows"/> short valid rows (~33 bytes each).</summary>
    public static MemoryStream CsvManyRows(int rows)
    {
        var csv = new MemoryStream();
        using (var writer = new StreamWriter(csv, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            writer.Write(Header + "\n");
            for (var i = 1; i <= rows; i++)
            {
                writer.Write($"{i},Petrenko,Ivan,,1990,M,military\n");
            }
        }

        csv.Position = 0;
        return csv;
    }

    /// <summary>A CSV whose second line is one field of <paramref name="bytes"/> letters, produced as it is read (never held).</summary>
    public static Stream CsvHugeLine(long bytes) => new GeneratedStream(
        Encoding.UTF8.GetBytes(Header + "\n1,Petrenko,"), (byte)'A', bytes, Encoding.UTF8.GetBytes(",,1990,M,military\n"));

    /// <summary>The CSV of 2M rows gzip-compressed (~0.3 MB), sent as the body as is.</summary>
    public static byte[] GzipCsv(int rows = 2_000_000)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(Header + "\n"));
            var row = Encoding.UTF8.GetBytes("1,Petrenko,Ivan,,1990,M,military\n");
            for (var i = 0; i < rows; i++)
            {
                gzip.Write(row);
            }
        }

        return output.ToArray();
    }

    private static byte[] Workbook(Action<Stream> sheetData)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>");
            Part(zip, "_rels/.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + $"<Relationship Id=\"rId1\" Type=\"{Relationships}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Part(zip, "xl/workbook.xml",
                $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Part(zip, "xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + $"<Relationship Id=\"rId1\" Type=\"{Relationships}/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            Write(sheet, $"<worksheet xmlns=\"{Main}\"><sheetData>");
            sheetData(sheet);
            Write(sheet, "</sheetData></worksheet>");
        }

        return output.ToArray();
    }

    private static string Cells(IEnumerable<string> values) =>
        string.Concat(values.Select(v => $"<c t=\"inlineStr\"><is><t>{v}</t></is></c>"));

    private static void Part(ZipArchive zip, string name, string xml)
    {
        using var stream = zip.CreateEntry(name).Open();
        Write(stream, xml);
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    /// <summary>A forward-only stream of a prefix, <c>count</c> copies of one byte, and a suffix.</summary>
    private sealed class GeneratedStream(byte[] prefix, byte fill, long count, byte[] suffix) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var total = prefix.Length + count + suffix.Length;
            var n = (int)Math.Min(buffer.Length, total - _position);
            for (var i = 0; i < n; i++)
            {
                var at = _position + i;
                buffer[i] = at < prefix.Length ? prefix[at] : at < prefix.Length + count ? fill : suffix[at - prefix.Length - count];
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
