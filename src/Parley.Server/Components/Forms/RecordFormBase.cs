using Parley.Application.Outcomes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Parley.Domain.Access;
using Parley.Domain.Records;
using Parley.Domain.Talks;
using Parley.Domain.Validation;
using Parley.Server.Auth;
using Parley.Server.Localization;
using Parley.Application.Talks;

namespace Parley.Server.Components.Forms;

/// <summary>
/// An interactive create/edit form for one kind of record. Checks the record with the domain's own rules as the
/// user types (errors beside each field), saves through <see cref="IRecordWriter"/>, and on a concurrent change
/// says so instead of overwriting. Each load and save runs in its own service scope: a circuit lives long, a
/// DbContext should not.
/// </summary>
public abstract class RecordFormBase<TRecord, TInput> : ParleyComponent, IDisposable
    where TRecord : TalkRecord
    where TInput : class, new()
{
    private ValidationMessageStore? _messages;
    private bool _submitted;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject] private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    [Inject] internal UserClock Clock { get; set; } = default!;

    /// <summary>The record to edit; null to create one.</summary>
    [Parameter] public Guid? Id { get; set; }

    protected TInput Input { get; private set; } = new();

    protected EditContext? EditContext { get; private set; }

    protected Viewer Viewer { get; private set; } = Viewer.Anonymous;

    protected IReadOnlyList<Party> Parties { get; private set; } = [];

    protected IReadOnlyList<Person> People { get; private set; } = [];

    protected bool IsNew => Id is null;

    protected bool Missing { get; private set; }

    protected bool Saving { get; private set; }

    /// <summary>Set when someone else saved the record after this form read it.</summary>
    protected string? Conflict { get; private set; }

    protected string? Failure { get; private set; }

    private int _version;

    protected override async Task OnInitializedAsync()
    {
        if (AuthenticationState is not null)
        {
            Viewer = (await AuthenticationState).User.ToViewer();
        }
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        var reader = scope.ServiceProvider.GetRequiredService<ITalksReader>();
        Parties = await reader.ListAsync<Party>(Viewer);
        People = await reader.ListAsync<Person>(Viewer);
        await LoadContextAsync(reader);
        if (Id is { } id)
        {
            var record = await reader.GetAsync<TRecord>(Viewer, id);
            if (record is null || !CanEdit(record))
            {
                Missing = true;
                return;
            }
            _version = record.Version;
            Attach(FromRecord(record));
        }
        else
        {
            Attach(NewInput());
        }
    }

    private void Attach(TInput input)
    {
        if (EditContext is not null)
        {
            EditContext.OnFieldChanged -= FieldChanged;
        }
        Input = input;
        EditContext = new EditContext(input);
        _messages = new ValidationMessageStore(EditContext);
        EditContext.OnFieldChanged += FieldChanged;
        _submitted = false;
    }

    /// <summary>Reads what the form needs besides the record (e.g. earlier rounds), before the input is built.</summary>
    protected virtual Task LoadContextAsync(ITalksReader reader) => Task.CompletedTask;

    /// <summary>Whether the viewer may edit this record here (e.g. a delegation only its own drafts).</summary>
    protected virtual bool CanEdit(TRecord record) => VisibilityRules.CanWrite(Viewer, record);

    protected abstract TInput NewInput();

    protected abstract TInput FromRecord(TRecord record);

    protected abstract TRecord ToRecord(TInput input);

    /// <summary>Where to go after a successful save.</summary>
    protected abstract string AfterSave(TRecord saved);

    private void FieldChanged(object? sender, FieldChangedEventArgs e) => CheckLocally(onlyModified: !_submitted);

    /// <summary>The domain's checks on the form as it stands; true when there is nothing to report.</summary>
    private bool CheckLocally(bool onlyModified)
    {
        if (EditContext is null || _messages is null)
        {
            return false;
        }
        var errors = new ValidationErrors();
        var record = ToRecord(Input);
        record.Normalise();
        record.ResolveParties(new PartyResolver(Parties), errors);
        record.Validate(errors);
        _messages.Clear();
        var all = new Dictionary<string, string[]>(errors.ToDictionary(), StringComparer.Ordinal);
        IReadOnlyDictionary<string, string[]> shown = onlyModified
            ? all.Where(e => EditContext.IsModified(FieldErrors.Locate(Input, e.Key))).ToDictionary()
            : all;
        FieldErrors.Apply(_messages, Input, shown, m => DomainMessages.Say(m, T));
        EditContext.NotifyValidationStateChanged();
        return all.Count == 0;
    }

    protected async Task SubmitAsync()
    {
        _submitted = true;
        Failure = null;
        if (!CheckLocally(onlyModified: false) || EditContext is null || _messages is null)
        {
            Failure = T["Form.FixErrors"];
            return;
        }
        Saving = true;
        try
        {
            var record = ToRecord(Input);
            record.Version = _version;
            await using var scope = Scopes.CreateAsyncScope();
            var writer = scope.ServiceProvider.GetRequiredService<IRecordWriter>();
            var result = Id is { } id
                ? await writer.UpdateAsync(Viewer, id, record)
                : await writer.CreateAsync(Viewer, record);
            switch (result.Status)
            {
                case OutcomeStatus.Ok:
                    // A full load: the saved record is shown by a static page, and this circuit is no longer needed.
                    Navigation.NavigateTo(AfterSave(result.Value), forceLoad: true);
                    break;
                case OutcomeStatus.Invalid:
                    _messages.Clear();
                    FieldErrors.Apply(_messages, Input, result.Refusal!.Errors, m => DomainMessages.Say(m, T));
                    EditContext.NotifyValidationStateChanged();
                    Failure = T["Form.FixErrors"];
                    break;
                case OutcomeStatus.Conflict:
                    Conflict = result.Refusal!.CurrentVersion is { } now
                        ? T["Form.Conflict", _version, now]
                        : T["Form.ConflictDeleted"];
                    break;
                default:
                    Failure = result.Refusal!.Message;
                    break;
            }
        }
        finally
        {
            Saving = false;
        }
    }

    /// <summary>Drops this form's edits and shows the record as it is now stored.</summary>
    protected async Task ReloadAsync()
    {
        Conflict = null;
        Failure = null;
        await LoadAsync();
    }

    protected IEnumerable<string> FormErrors() =>
        EditContext?.GetValidationMessages(new FieldIdentifier(Input, string.Empty)) ?? [];

    public void Dispose()
    {
        if (EditContext is not null)
        {
            EditContext.OnFieldChanged -= FieldChanged;
        }
        GC.SuppressFinalize(this);
    }
}
