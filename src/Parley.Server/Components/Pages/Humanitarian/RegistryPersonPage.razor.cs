using Parley.Application.Outcomes;
using Microsoft.AspNetCore.Components;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Log;

namespace Parley.Server.Components.Pages.Humanitarian;

/// <summary>
/// One listed person as the registry service shows them (the read audited), with correction and erasure through
/// <see cref="RegistryCorrections"/>: a correction seals the record again under a new commitment, an erasure deletes
/// the sealed data and its salt; either adds a log entry and rewrites none, which the page links to. Both carry the
/// version read and a reason for the audit trail.
/// </summary>
public partial class RegistryPersonPage
{
    /// <summary>The list contract's columns an officer may correct (not <c>id</c> or <c>category</c>), in contract order.</summary>
    private static readonly string[] Correctable =
    [
        "family_name", "given_name", "patronymic", "date_of_birth", "sex", "service_number", "rank", "unit",
        "place_of_birth", "citizenship", "date_of_capture", "place_of_capture", "place_of_detention", "health", "notes",
    ];

    private readonly List<string> _replaced = [];
    private RegistryEntry? _entry;
    private long? _logEntry;
    private bool _loaded;
    private string? _message;
    private bool _refused;

    [Parameter] public Guid Id { get; set; }

    protected override async Task LoadAsync()
    {
        _entry = await UseAsync<RegistryReader, RegistryEntry?>(r => r.GetAsync(Viewer, Id, Reading("registry record")));
        _loaded = true;
        _logEntry = _entry is null ? null : await UseAsync<LedgerView, long?>(l => l.EntryOfRecordAsync(Id));
    }

    private static IEnumerable<(string Column, string? Value)> Fields(PersonDetails d) =>
        Correctable.Prepend("id").Select(c => (c, Value(d, c))).Where(f => !string.IsNullOrEmpty(f.Item2));

    private static string? Value(PersonDetails d, string column) => column switch
    {
        "id" => d.SourceId,
        "family_name" => d.FamilyName,
        "given_name" => d.GivenName,
        "patronymic" => d.Patronymic,
        "date_of_birth" => d.DateOfBirth,
        "sex" => d.Sex,
        "service_number" => d.ServiceNumber,
        "rank" => d.Rank,
        "unit" => d.Unit,
        "place_of_birth" => d.PlaceOfBirth,
        "citizenship" => d.Citizenship,
        "date_of_capture" => d.DateOfCapture,
        "place_of_capture" => d.PlaceOfCapture,
        "place_of_detention" => d.PlaceOfDetention,
        "health" => d.Health,
        "notes" => d.Notes,
        _ => d.Extra.GetValueOrDefault(column),
    };

    private string Label(string column) => H["Column." + column] is { ResourceNotFound: false } label ? label : column;

    private Task<bool> CorrectAsync(string field, string? value, string reason) =>
        _entry is { } e
            ? ChangeAsync(s => s.CorrectAsync(Viewer, e.Id, e.Version, new Dictionary<string, string?> { [field] = value }, reason), e.Commitment, corrected: true)
            : Task.FromResult(false);

    private Task<bool> EraseAsync(string reason) =>
        _entry is { } e ? ChangeAsync(s => s.EraseAsync(Viewer, e.Id, e.Version, reason), e.Commitment, corrected: false) : Task.FromResult(false);

    private async Task<bool> ChangeAsync(Func<RegistryCorrections, Task<Outcome<Correction>>> change, string before, bool corrected)
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

    private async Task<bool> ApplyAsync(Func<RegistryCorrections, Task<Outcome<Correction>>> change, string before, bool corrected)
    {
        var result = await UseAsync(change);
        _refused = !result.Succeeded;
        if (_refused)
        {
            _message = H["Registry.Refused", result.Refusal!.Message];
            return false;
        }
        if (corrected)
        {
            _replaced.Insert(0, before);
        }
        await LoadAsync();
        _message = corrected ? H["Registry.Corrected", before, _entry?.Commitment ?? ""] : H["Registry.Erased", before];
        return true;
    }
}
