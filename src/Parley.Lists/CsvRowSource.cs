using CsvHelper;

namespace Parley.Lists;

/// <summary>Rows of a delimited text file, parsed by CsvHelper (RFC 4180 quoting, CRLF or LF).</summary>
internal sealed class CsvRowSource : IRowSource
{
    private readonly CsvReader _reader;
    private readonly ReplayStream _input;
    private readonly IssueSink _sink;
    private readonly HashSet<long> _malformed = [];

    private CsvRowSource(CsvReader reader, ReplayStream input, IssueSink sink)
    {
        _reader = reader;
        _input = input;
        _sink = sink;
    }

    public long BytesRead => _input.Delivered;

    // A CSV cell is text; a formula in it is caught by its leading characters.
    public IReadOnlyList<int> FormulaFields => [];

    /// <summary>Lines whose record had broken quoting; the reader recovers, the row is still rejected.</summary>
    public bool WasMalformed(long line) => _malformed.Remove(line);

    public static CsvRowSource Open(
        ReplayStream input, char delimiter, System.Text.Encoding? encoding, PersonListReadOptions options, IssueSink sink)
    {
        CsvRowSource? self = null;
        var csvOptions = new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = true,
            Encoding = encoding,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            MaxRecordSize = options.MaxRecordBytes,
            IncludeValuesInExceptions = false,
            PoolStrings = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = record => self!.OnMalformed(record),
        };
        self = new CsvRowSource(CsvReader.Create(input, csvOptions, leaveOpen: false), input, sink);
        return self;
    }

    /// <summary>Reads the header row; null when the file could not be read that far (reported).</summary>
    public string?[]? ReadHeader(out long line)
    {
        line = 1;
        try
        {
            _reader.ReadHeader();
            return [.. _reader.Headers];
        }
        catch (CsvFormatException e)
        {
            _sink.Error(Math.Max(e.LineNumber, 1), null, Describe(e));
            return null;
        }
    }

    public bool Next(List<string?> fields, out long line)
    {
        fields.Clear();
        line = 0;
        try
        {
            if (!_reader.Read())
            {
                return false;
            }
        }
        catch (CsvFormatException e)
        {
            _sink.Error(e.LineNumber, null, Describe(e));
            return false;
        }

        line = _reader.LineNumber;
        for (var i = 0; i < _reader.FieldCount; i++)
        {
            fields.Add(_reader.GetString(i));
        }

        return true;
    }

    public void Dispose() => _reader.Dispose();

    private static string Describe(CsvFormatException e) =>
        $"the file cannot be read as CSV past this point: {e.Message}";

    private void OnMalformed(CsvMalformedRecord record)
    {
        if (record.Reason == CsvMalformedReason.FieldCountMismatch)
        {
            return;
        }

        _malformed.Add(record.LineNumber);
        var what = record.Reason switch
        {
            CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
            CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
            CsvMalformedReason.UnterminatedQuote => "a quoted field that is never closed",
            _ => "malformed quoting",
        };
        _sink.Error(record.LineNumber, null, $"malformed CSV quoting: {what}");
    }
}
