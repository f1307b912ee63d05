namespace Parley.Lists;

/// <summary>
/// Streams a person list (CSV or XLSX, per the person-list contract) row by row without loading it
/// whole, so a 1 GB file reads in constant memory apart from the set of ids seen. Valid records are
/// yielded; every problem goes to <see cref="Issues"/>. An import is all or nothing: a caller that
/// stores rows as they come must discard them when <see cref="ErrorCount"/> is not 0 at the end.
/// </summary>
public sealed partial class PersonListReader : IDisposable
{
    private readonly PersonListReadOptions _options;
    private readonly IssueSink _sink;
    private readonly long? _totalBytes;
    private IRowSource? _source;
    private RowValidator? _validator;
    private PersonColumns? _columns;
    private bool _read;

    private PersonListReader(PersonListReadOptions options, long? totalBytes)
    {
        _options = options;
        _sink = new IssueSink(options.MaxIssues);
        _totalBytes = totalBytes;
    }

    /// <summary>What the file is, or <see langword="null"/> when it could not be recognised (see <see cref="Issues"/>).</summary>
    public PersonListFormat? Format { get; private set; }

    /// <summary>Errors and warnings so far, in file order, at most <see cref="PersonListReadOptions.MaxIssues"/>.</summary>
    public IReadOnlyList<ListIssue> Issues => _sink.Issues;

    /// <summary>All errors so far, including those past the kept issues.</summary>
    public long ErrorCount => _sink.ErrorCount;

    /// <summary>All warnings so far.</summary>
    public long WarningCount => _sink.WarningCount;

    /// <summary>Data rows read so far, valid or not.</summary>
    public long RowCount { get; private set; }

    /// <summary>Opens a file and reads its header; nothing else is read until <see cref="ReadRecords"/>.</summary>
    public static PersonListReader Open(string path, PersonListReadOptions? options = null)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Open(stream, options, leaveOpen: false);
    }

    /// <summary>Opens a stream (seekable or not) and reads its header.</summary>
    public static PersonListReader Open(Stream stream, PersonListReadOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        long? total = stream.CanSeek ? stream.Length - stream.Position : null;
        var reader = new PersonListReader(options ?? PersonListReadOptions.Default, total);
        try
        {
            reader.Start(stream, leaveOpen);
        }
        catch
        {
            reader.Dispose();
            throw;
        }

        return reader;
    }

    /// <summary>
    /// The valid records in file order. Rows with errors are reported in <see cref="Issues"/> and left
    /// out; at the end an empty or header-only file is reported too. Can be enumerated once.
    /// </summary>
    public IEnumerable<PersonRecord> ReadRecords(CancellationToken cancellationToken = default)
    {
        if (_read)
        {
            throw new InvalidOperationException("The records of a list can be read once.");
        }

        _read = true;
        return Enumerate(cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => _source?.Dispose();

    private IEnumerable<PersonRecord> Enumerate(CancellationToken cancellationToken)
    {
        if (_source is null || _validator is null || _columns is null || _sink.ErrorCount > 0)
        {
            yield break;
        }

        var fields = new List<string?>(_columns.Header.Length);
        var interval = Math.Max(1, _options.ProgressInterval);
        while (_source.Next(fields, out var line))
        {
            cancellationToken.ThrowIfCancellationRequested();
            RowCount++;
            if (RowCount > _options.MaxRows)
            {
                _sink.Error(line, null, $"the list has more than {_options.MaxRows:N0} rows (the limit of a list); the read stopped here");
                break;
            }

            var record = Check(fields, line);
            if (_options.Progress is { } progress && RowCount % interval == 0)
            {
                progress.Report(new ListReadProgress(RowCount, _sink.ErrorCount, _source.BytesRead, _totalBytes));
            }

            if (record is not null)
            {
                yield return record;
            }
        }

        if (RowCount == 0 && _sink.ErrorCount == 0)
        {
            _sink.Error(0, null, "the file has a header row but no data rows");
        }

        _options.Progress?.Report(new ListReadProgress(RowCount, _sink.ErrorCount, _source.BytesRead, _totalBytes));
    }

    private PersonRecord? Check(List<string?> fields, long line)
    {
        var malformed = _source is CsvRowSource csv && csv.WasMalformed(line);
        if (fields.Count != _columns!.Header.Length)
        {
            _sink.Error(line, null, $"the row has {fields.Count} fields; the header has {_columns.Header.Length}");
            return null;
        }

        var record = _validator!.Validate(line, fields, _source!.FormulaFields);
        return malformed ? null : record;
    }
}
