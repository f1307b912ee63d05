using System.Globalization;
using Microsoft.AspNetCore.Components.Forms;
using Parley.Application.Humanitarian.Import;

namespace Parley.Server.Components.Pages.Humanitarian;

/// <summary>
/// Files a party's list: upload, a preview (columns, failing rows, what each registry gets), then Confirm stores
/// the whole file or nothing. The file is spooled to a temporary file (deleted on close) between preview and confirm,
/// so a circuit holds one 256 KiB buffer however large the upload, and both are read again by the importer itself, so what is stored is exactly what was checked. Reading runs off the circuit's thread
/// with progress reported from the reader.
/// </summary>
public partial class ImportPage : IDisposable
{
    private const int MaxMegabytes = 128;
    private const int ChunkBytes = 256 * 1024;

    private readonly CancellationTokenSource _stop = new();
    private ImportProgress _progress = default!;
    private ImportPhase _phase;
    private string? _party;
    private string? _heldBy;
    private string? _fileName;
    private FileStream? _file;
    private ImportOutcome? _outcome;
    private string? _failure;

    private bool Busy => _phase is ImportPhase.Uploading or ImportPhase.Reading or ImportPhase.Storing;

    private string PhaseText => _phase switch
    {
        ImportPhase.Uploading => H["Import.Uploading", Megabytes(_progress.Done), Megabytes(_progress.Total ?? 0)],
        ImportPhase.Reading => H["Import.Reading", _progress.Rows, _progress.Errors],
        ImportPhase.Storing when !_progress.Storing => H["Import.Reading", _progress.Rows, _progress.Errors],
        ImportPhase.Storing => H["Import.Storing", _progress.Rows],
        _ => "",
    };

    protected override Task LoadAsync()
    {
        _progress = new ImportProgress(() => InvokeAsync(StateHasChanged));
        _party = Viewer.Party is { } own && !IsHostOfficer ? own : (Parties.Count > 0 ? Parties[0].Code : null);
        _heldBy = _party;
        return Task.CompletedTask;
    }

    private async Task ChooseAsync(InputFileChangeEventArgs e)
    {
        Reset();
        var file = e.File;
        if (file.Size > MaxMegabytes * 1024L * 1024L)
        {
            _failure = H["Import.TooLarge", MaxMegabytes];
            return;
        }
        _fileName = file.Name;
        _phase = ImportPhase.Uploading;
        _progress.Start(file.Size);
        try
        {
            await using var upload = file.OpenReadStream(MaxMegabytes * 1024L * 1024L, _stop.Token);
            _file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, ChunkBytes,
                FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            var buffer = new byte[ChunkBytes];
            int read;
            while ((read = await upload.ReadAsync(buffer, _stop.Token)) > 0)
            {
                await _file.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
                _progress.Bytes(_file.Length);
            }
            await _file.FlushAsync(_stop.Token);
        }
        catch (IOException ex)
        {
            Reset();
            _phase = ImportPhase.Idle;
            _failure = H["Import.UploadFailed", ex.Message];
            return;
        }
        await PreviewAsync();
    }

    private async Task PreviewAsync()
    {
        _phase = ImportPhase.Reading;
        _progress.Start(_file!.Length);
        StateHasChanged();
        var request = new ImportRequest(_party ?? "", _fileName ?? "upload.csv", _heldBy);
        var outcome = await Task.Run(() => UseAsync<PersonImporter, ImportOutcome>(importer =>
            importer.PreviewAsync(Viewer, Rewound(), request, _progress, _stop.Token)));
        _outcome = outcome;
        _phase = ImportPhase.Previewed;
    }

    // The preview depends on the party (access, a file already filed): check again for the new choice.
    private async Task TargetChangedAsync()
    {
        if (_file is not null && _phase == ImportPhase.Previewed)
        {
            await PreviewAsync();
        }
    }

    private async Task ConfirmAsync()
    {
        if (_file is null || _outcome is not { Valid: true })
        {
            return;
        }
        _phase = ImportPhase.Storing;
        _progress.Start(_file.Length);
        StateHasChanged();
        var request = new ImportRequest(_party ?? "", _fileName ?? "upload.csv", _heldBy);
        var outcome = await Task.Run(() => UseAsync<PersonImporter, ImportOutcome>(importer =>
            importer.ImportAsync(Viewer, Rewound(), request, _progress, _progress, _stop.Token)));
        _outcome = outcome;
        _phase = outcome.Stored ? ImportPhase.Stored : ImportPhase.Previewed;
        if (outcome.Stored)
        {
            _file?.Dispose();
            _file = null;
        }
    }

    private void Reset()
    {
        _phase = ImportPhase.Idle;
        _outcome = null;
        _failure = null;
        _file?.Dispose();
        _file = null;
        _fileName = null;
    }

    private FileStream Rewound()
    {
        _file!.Position = 0;
        return _file;
    }

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.CurrentCulture);

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        _file?.Dispose();
        GC.SuppressFinalize(this);
    }
}
