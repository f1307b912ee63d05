using Parley.Application.Outcomes;
using Microsoft.AspNetCore.Components;
using Parley.Domain.Humanitarian;
using Parley.Application.Humanitarian.Children;

namespace Parley.Server.Components.Pages.Humanitarian;

/// <summary>
/// One child's case: who, where last known, the full history, and a status change checked by the domain's
/// <see cref="ChildCaseRules"/> in the service (evidence and verifier where a step needs them, a reason for a step
/// back). The change carries the version read, so a concurrent change is shown, never overwritten.
/// </summary>
public partial class ChildCasePage
{
    private ChildCaseView? _case;
    private bool _loaded;
    private ChildCaseStatus _to;
    private string? _evidence;
    private string? _verifiedBy;
    private string? _reason;
    private string? _message;
    private bool _refused;
    private bool _conflict;
    private bool _busy;

    [Parameter] public Guid Id { get; set; }

    private bool NeedsEvidence => _to is ChildCaseStatus.Located or ChildCaseStatus.Returned or ChildCaseStatus.Reunited;

    protected override Task LoadAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        _case = await UseAsync<ChildCases, ChildCaseView?>(c => c.GetAsync(Viewer, Id, Reading("child's case")));
        _loaded = true;
        _conflict = false;
        if (_case is { } c)
        {
            _to = c.Status == ChildCaseStatus.Reunited ? ChildCaseStatus.Returned : c.Status + 1;
        }
    }

    private async Task MoveAsync()
    {
        if (_case is not { } c)
        {
            return;
        }
        _busy = true;
        try
        {
            var (to, evidence, verifiedBy, reason) = (_to, _evidence, _verifiedBy, _reason);
            var outcome = await UseAsync<ChildCases, Outcome<ChildCaseView>>(s =>
                s.MoveAsync(Viewer, c.Id, c.Version, to, evidence, verifiedBy, reason));
            var (moved, refusal) = outcome;
            _conflict = outcome.Status == OutcomeStatus.Conflict;
            _refused = moved is null;
            _message = moved is null ? H["Case.Refused", refusal?.Message ?? ""] : H["Case.Moved", H["Case." + moved.Status]];
            if (moved is not null)
            {
                _case = moved;
                (_evidence, _verifiedBy, _reason) = (null, null, null);
                _to = moved.Status == ChildCaseStatus.Reunited ? ChildCaseStatus.Returned : moved.Status + 1;
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
