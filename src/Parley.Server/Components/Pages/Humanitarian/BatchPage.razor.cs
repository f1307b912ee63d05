using Parley.Application.Outcomes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Parley.Domain.Humanitarian;
using Parley.Application.Humanitarian.Exchanges;

namespace Parley.Server.Components.Pages.Humanitarian;

/// <summary>
/// One exchange batch: where it stands, its signatures, the manifest statement each party's key signs (and the
/// <c>parley sign</c> command that does it), the signed notes' intake, the confirmations after the exchange and the
/// differences between what was listed and what each side confirms. Notes are verified by the service against the
/// parties' registered keys; the page only passes them on. Opening the page is one audited read.
/// </summary>
public partial class BatchPage
{
    private const int MaxNoteBytes = 64 * 1024; // a signed note, as BodyLimits.SignedNote

    private BatchView? _view;
    private bool _loaded;
    private string? _note;
    private string? _message;
    private bool _refused;
    private bool _busy;

    [Parameter] public Guid Id { get; set; }

    private string ManifestFile => $"manifest-{Id}.txt";

    /// <summary>The party whose key the reader would sign with; a host officer signs for neither.</summary>
    private string SigningParty => _view is { } v && (Viewer.Party == v.Batch.FirstParty || Viewer.Party == v.Batch.SecondParty) ? Viewer.Party! : "PARTY";

    private IEnumerable<string> ConfirmingParties => _view is not { } v ? []
        : IsHostOfficer ? [v.Batch.FirstParty, v.Batch.SecondParty]
        : new[] { v.Batch.FirstParty, v.Batch.SecondParty }.Where(p => p == Viewer.Party);

    protected override async Task LoadAsync() => await ReloadAsync();

    private async Task ReloadAsync()
    {
        _view = await UseAsync<ExchangeService, BatchView?>(s => s.ViewAsync(Viewer, Id, Reading("exchange batch")));
        _loaded = true;
    }

    /// <summary>The confirmation statement for <paramref name="party"/>, listing everyone as exchanged: the officer signs it as is, or edits out whoever was not.</summary>
    private string Confirmation(string party)
    {
        var view = _view!;
        return ExchangeStatements.Confirmation(Id.ToString(), view.Batch.ManifestHash ?? "", party,
            view.Members.Where(m => m.ReleasedBy == party).Select(m => m.Commitment),
            view.Members.Where(m => m.ReleasedBy != party).Select(m => m.Commitment)).ToText();
    }

    private async Task ReadNoteAsync(InputFileChangeEventArgs e)
    {
        try
        {
            await using var stream = e.File.OpenReadStream(MaxNoteBytes);
            using var reader = new StreamReader(stream);
            _note = await reader.ReadToEndAsync();
        }
        catch (IOException ex)
        {
            (_message, _refused) = (H["Batch.NoteUnreadable", ex.Message], true);
        }
    }

    private async Task SubmitAsync()
    {
        var note = (_note ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        _busy = true;
        try
        {
            // The statement's own kind line says what it signs; the service checks it again with the signature.
            var confirmation = note.Contains("\nkind " + ExchangeStatements.ConfirmationKind + "\n", StringComparison.Ordinal);
            var result = await UseAsync<ExchangeService, Outcome<BatchChange>>(s => confirmation
                ? s.ConfirmAsync(Viewer, Id, note)
                : s.SignManifestAsync(Viewer, Id, note));
            _refused = !result.Succeeded;
            _message = result.Refusal is { } refusal ? H["Batch.Refused", refusal.Message].Value : null;
            if (!_refused)
            {
                _note = null;
            }
            await ReloadAsync();
            if (!_refused && _view is { } signed)
            {
                // The service's message names the status as the enum does; the reader gets it in their language.
                _message = H[confirmation ? "Batch.ConfirmedNow" : "Batch.SignedNow", Viewer.Party ?? "", H["Status." + signed.Status]];
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private string Describe(BatchProblem problem) =>
        problem.PersonId is { } id && _view?.Members.FirstOrDefault(m => m.HeldRecordId.ToString() == id) is { } member
            && (member.Held ?? member.Other)?.Details is { } details
            ? problem.Message.Replace(id, details.FullName, StringComparison.Ordinal)
            : problem.Message;
}
