using Microsoft.AspNetCore.Components;

namespace Parley.Server.Components.Pages.Humanitarian;

/// <summary>
/// The correction and erasure cards of a sealed personal record (a listed person, a child's case): pick a field,
/// give the new value and a reason; or erase after a confirm dialog with a reason. The page does the change through
/// its service and says how it went; this component only collects what the officer asks for.
/// </summary>
public partial class CorrectAndErase
{
    private string _field = "";
    private string? _value;
    private string? _reason;
    private string? _eraseReason;
    private bool _confirming;
    private bool _busy;

    /// <summary>The fields that may be corrected, in the order shown.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<string> Fields { get; set; } = [];

    [Parameter, EditorRequired] public Func<string, string> LabelOf { get; set; } = f => f;

    /// <summary>The field's current value, put in the box when the field is picked.</summary>
    [Parameter, EditorRequired] public Func<string, string?> ValueOf { get; set; } = _ => null;

    /// <summary>Stores (field, new value, reason); true when stored.</summary>
    [Parameter, EditorRequired] public Func<string, string?, string, Task<bool>> Correct { get; set; } = (_, _, _) => Task.FromResult(false);

    /// <summary>Erases with the reason; true when erased.</summary>
    [Parameter, EditorRequired] public Func<string, Task<bool>> Erase { get; set; } = _ => Task.FromResult(false);

    /// <summary>Whose data it is, for the confirm dialog.</summary>
    [Parameter] public string Subject { get; set; } = "";

    // Only when the field list changes: a parent's re-render must not wipe what the officer is typing.
    protected override void OnParametersSet()
    {
        if (!Fields.Contains(_field))
        {
            _field = Fields.Count > 0 ? Fields[0] : "";
            _value = ValueOf(_field);
        }
    }

    private void PickField(ChangeEventArgs change)
    {
        _field = change.Value as string ?? _field;
        _value = ValueOf(_field);
    }

    private async Task CorrectAsync()
    {
        await RunAsync(async () =>
        {
            if (await Correct(_field, _value, _reason ?? ""))
            {
                _reason = null;
            }
        });
    }

    private async Task EraseAsync()
    {
        await RunAsync(async () =>
        {
            if (await Erase(_eraseReason ?? ""))
            {
                _eraseReason = null;
            }
            _confirming = false;
        });
    }

    private async Task RunAsync(Func<Task> change)
    {
        _busy = true;
        try
        {
            await change();
        }
        finally
        {
            _busy = false;
        }
    }
}
