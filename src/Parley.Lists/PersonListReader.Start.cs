using System.Text;

namespace Parley.Lists;

public sealed partial class PersonListReader
{
    /// <summary>Sniffs the input (XLSX or text, encoding, delimiter) and reads the header.</summary>
    private void Start(Stream stream, bool leaveOpen)
    {
        var start = stream.CanSeek ? stream.Position : 0;
        var head = new byte[InputSniffer.HeadSize];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var content = head.AsSpan(0, length);
        var bom = InputSniffer.BomEncoding(content);
        if (IsBlank(content, bom))
        {
            _sink.Error(0, null, "the file is empty");
            DisposeUnlessLeftOpen(stream, leaveOpen);
            return;
        }

        string?[]? header;
        long headerLine;
        if (InputSniffer.IsZip(content))
        {
            var workbook = SeekableCopy(stream, start, head, length, leaveOpen);
            if (XlsxBounds.Refusal(workbook, _options) is { } refusal)
            {
                _sink.Error(0, null, "refused before reading: " + refusal);
                workbook.Dispose();
                return;
            }

            var xlsx = new XlsxRowSource(workbook, _sink);
            _source = xlsx;
            header = xlsx.ReadHeader(out headerLine);
            if (header is null)
            {
                return;
            }

            Format = new PersonListFormat(ListFileKind.Xlsx, null, null, [], []);
        }
        else
        {
            if (bom is null or UTF8Encoding && InputSniffer.BinaryOffset(bom is null ? content : content[3..]) is var nul and >= 0)
            {
                _sink.Error(0, null, $"not a CSV or XLSX list: binary data in the header line (a control byte at byte {nul + 1})");
                DisposeUnlessLeftOpen(stream, leaveOpen);
                return;
            }

            var encoding = bom ?? (IsUtf8(stream, content, length < head.Length) ? null : InputSniffer.Cp1251);
            var delimiter = InputSniffer.Delimiter(bom is UTF8Encoding ? content[3..] : content);
            var csv = CsvRowSource.Open(new ReplayStream(head, length, stream, leaveOpen), delimiter, encoding, _options, _sink);
            _source = csv;
            header = csv.ReadHeader(out headerLine);
            if (header is null)
            {
                return;
            }

            Format = new PersonListFormat(ListFileKind.Csv, encoding?.WebName ?? "utf-8", delimiter, [], []);
        }

        if (header.Length == 0 || header.All(string.IsNullOrWhiteSpace))
        {
            _sink.Error(headerLine, null, "the file has no header row");
            return;
        }

        if (header.Length > _options.MaxColumns)
        {
            _sink.Error(headerLine, null, $"the header has {header.Length:N0} columns; the limit of a list is {_options.MaxColumns}");
            return;
        }

        var headerIssues = new List<ListIssue>();
        _columns = PersonColumns.Map(header, headerLine, headerIssues);
        headerIssues.ForEach(_sink.Add);
        Format = Format with { Columns = _columns.Header, ExtraColumns = _columns.ExtraNames };
        _validator = new RowValidator(_columns, _options, _sink);
    }

    private static bool IsBlank(ReadOnlySpan<byte> content, Encoding? bom)
    {
        if (bom is UTF8Encoding)
        {
            content = content[3..];
        }
        else if (bom is not null)
        {
            content = content[2..];
        }

        return content.TrimStart(" \t\r\n\0"u8).IsEmpty;
    }

    /// <summary>
    /// Valid UTF-8 means UTF-8; anything else is taken as Windows-1251, the other encoding lists come in.
    /// A seekable stream is checked to its end (a few hundred MB/s), a non-seekable one on its first bytes.
    /// </summary>
    private static bool IsUtf8(Stream stream, ReadOnlySpan<byte> head, bool headIsAll) =>
        stream.CanSeek && !headIsAll
            ? InputSniffer.RestIsValidUtf8(stream, head)
            : InputSniffer.IsValidUtf8(head, headIsAll, out _);

    /// <summary>XLSX is a ZIP archive, which needs seeking: a non-seekable upload is spooled to a temporary file.</summary>
    private static Stream SeekableCopy(Stream stream, long start, byte[] head, int length, bool leaveOpen)
    {
        if (stream.CanSeek)
        {
            stream.Position = start;
            return leaveOpen ? new NonClosingStream(stream) : stream;
        }

        var temp = new FileStream(
            Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        temp.Write(head, 0, length);
        stream.CopyTo(temp);
        DisposeUnlessLeftOpen(stream, leaveOpen);
        temp.Position = 0;
        return temp;
    }

    private static void DisposeUnlessLeftOpen(Stream stream, bool leaveOpen)
    {
        if (!leaveOpen)
        {
            stream.Dispose();
        }
    }
}
