using Parley.Lists;
using Parley.Application.Humanitarian.Import;

namespace Parley.Server.Components.Pages.Humanitarian;

/// <summary>
/// The progress bar's state, fed from the upload (bytes), the list reader (<see cref="ListReadProgress"/>) and then
/// the importer as it stores (<see cref="ImportStoreProgress"/>).
/// The reader reports every few thousand rows on a worker thread; the page is told at most every
/// <see cref="Interval"/> so a large file does not flood the circuit with renders.
/// </summary>
public sealed class ImportProgress(Func<Task> changed) : IProgress<ListReadProgress>, IProgress<ImportStoreProgress>
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(150);
    private DateTime _last = DateTime.MinValue;

    public long Done { get; private set; }

    public long? Total { get; private set; }

    public long Rows { get; private set; }

    public long Errors { get; private set; }

    /// <summary>Whether the file is read and persons are being stored (Done and Total then count persons).</summary>
    public bool Storing { get; private set; }

    /// <summary>Share done in [0, 1], or null when the total is unknown (an XLSX file's rows).</summary>
    public double? Fraction => Total is > 0 ? Math.Clamp((double)Done / Total.Value, 0, 1) : null;

    public void Start(long? total)
    {
        Done = 0;
        Rows = 0;
        Errors = 0;
        Storing = false;
        Total = total;
    }

    public void Bytes(long done) => Set(Total is { } total && done >= total, () => Done = done);

    public void Report(ListReadProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var finished = value.TotalBytes is { } length && value.BytesRead >= length;
        Set(finished, () =>
        {
            Rows = value.Rows;
            Errors = value.Errors;
            if (value.TotalBytes is { } total)
            {
                Total = total;
                Done = value.BytesRead;
            }
        });
    }

    public void Report(ImportStoreProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Set(value.Stored >= value.Total, () =>
        {
            Storing = true;
            Done = value.Stored;
            Total = value.Total;
        });
    }

    private void Set(bool finished, Action update)
    {
        update();
        var now = DateTime.UtcNow;
        if (finished || now - _last >= Interval)
        {
            _last = now;
            _ = changed();
        }
    }
}
