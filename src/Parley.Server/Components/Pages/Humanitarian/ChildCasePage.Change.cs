using Parley.Application.Outcomes;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Registry;

namespace Parley.Server.Components.Pages.Humanitarian;

/// <summary>
/// Correction and erasure of a child's personal data (<see cref="ChildCases.CorrectAsync"/>, <see cref="ChildCases.EraseAsync"/>):
/// a correction seals the case again under a new commitment, an erasure deletes the sealed data; the status history
/// and the log stay as they were.
/// </summary>
public partial class ChildCasePage
{
    private static readonly string[] Correctable =
        ["family_name", "given_name", "patronymic", "date_of_birth", "removed_on", "removed_from", "last_known", "guardian"];

    private string? _changeMessage;
    private bool _changeRefused;

    private string Label(string field) => field switch
    {
        "date_of_birth" => H["Person.DateOfBirth"],
        "removed_on" => H["Case.RemovedOn"],
        "removed_from" => H["Case.RemovedFrom"],
        "last_known" => H["Case.LastKnown"],
        "guardian" => H["Case.Guardian"],
        _ => H["Column." + field],
    };

    private static string? Value(ChildCaseDetails d, string field) => field switch
    {
        "family_name" => d.FamilyName,
        "given_name" => d.GivenName,
        "patronymic" => d.Patronymic,
        "date_of_birth" => d.DateOfBirth,
        "removed_on" => d.RemovedOn,
        "removed_from" => d.RemovedFrom,
        "last_known" => d.LastKnownLocation,
        _ => d.GuardianContact,
    };

    private static ChildCaseDetails With(ChildCaseDetails d, string field, string? value) => field switch
    {
        "family_name" => d with { FamilyName = value ?? "" },
        "given_name" => d with { GivenName = value ?? "" },
        "patronymic" => d with { Patronymic = value },
        "date_of_birth" => d with { DateOfBirth = value },
        "removed_on" => d with { RemovedOn = value },
        "removed_from" => d with { RemovedFrom = value },
        "last_known" => d with { LastKnownLocation = value },
        _ => d with { GuardianContact = value },
    };

    private Task<bool> CorrectAsync(string field, string? value, string reason) =>
        _case is { Details: { } d } c
            ? ChangeAsync(s => s.CorrectAsync(Viewer, c.Id, c.Version, With(d, field, value), reason), c.Commitment, corrected: true)
            : Task.FromResult(false);

    private Task<bool> EraseAsync(string reason) =>
        _case is { } c ? ChangeAsync(s => s.EraseAsync(Viewer, c.Id, c.Version, reason), c.Commitment, corrected: false) : Task.FromResult(false);

    private async Task<bool> ChangeAsync(Func<ChildCases, Task<Outcome<Correction>>> change, string before, bool corrected)
    {
        // Called from the CorrectAndErase component: this page re-renders only when told.
        try
        {
            return await ApplyAsync(change, before, corrected);
        }
        finally
        {
            StateHasChanged();
        }
    }

    private async Task<bool> ApplyAsync(Func<ChildCases, Task<Outcome<Correction>>> change, string before, bool corrected)
    {
        var result = await UseAsync(change);
        _changeRefused = !result.Succeeded;
        if (_changeRefused)
        {
            _changeMessage = H["Registry.Refused", result.Refusal!.Message];
            return false;
        }
        await ReloadAsync();
        _changeMessage = corrected ? H["Registry.Corrected", before, _case?.Commitment ?? ""] : H["Registry.Erased", before];
        return true;
    }
}
