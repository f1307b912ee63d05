using Parley.Application.Outcomes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;

namespace Parley.Server.Components.Pages.Humanitarian;

/// <summary>
/// The review queue, worked by keyboard: A the same person, R two people, J/K or the arrows to move. A decision
/// carries the version that was read, so a pair someone else decided meanwhile is a conflict shown as such and
/// nothing is overwritten; after a decision the next pair is shown at once.
/// </summary>
public partial class ReviewPage
{
    private const int PageSize = 25;

    private ElementReference _queue;
    private List<ReviewItem> _items = [];
    private int _index;
    private int _remaining;
    private string? _message;
    private bool _conflict;
    private bool _busy;
    private bool _focused;
    private string? _left;
    private string? _right;
    private bool _linking;
    private double _threshold = Linkage.LinkOptions.Default.MatchThreshold;
    private Outcome<LinkageRunner.LinkRun>? _linked;

    private ReviewItem? Current => _index < _items.Count ? _items[_index] : null;

    protected override async Task LoadAsync()
    {
        _left = Parties.Any(p => p.Code == "UA") ? "UA" : (Parties.Count > 0 ? Parties[0].Code : null);
        _right = Parties.Any(p => p.Code == "RU") ? "RU" : Parties.Skip(1).FirstOrDefault().Code;
        if (IsHostOfficer)
        {
            await ReloadAsync();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (IsHostOfficer && !_focused && RendererInfo.IsInteractive)
        {
            _focused = true;
            await _queue.FocusAsync();
        }
    }

    private async Task ReloadAsync()
    {
        var page = await UseAsync<ReviewQueue, (IReadOnlyList<ReviewItem> Items, int Remaining)?>(q => q.PendingAsync(Viewer, PageSize, Reading("review queue")));
        _items = page is { } p ? [.. p.Items] : [];
        _remaining = page?.Remaining ?? 0;
        _index = 0;
    }

    private async Task LinkAsync()
    {
        _linking = true;
        _linked = null;
        StateHasChanged();
        var (left, right, threshold) = (_left ?? "", _right ?? "", _threshold);
        _linked = await Task.Run(() => UseAsync<LinkageRunner, Outcome<LinkageRunner.LinkRun>>(r => r.RunAsync(Viewer, left, right, threshold)));
        _linking = false;
        await ReloadAsync();
    }

    private async Task KeyAsync(KeyboardEventArgs e)
    {
        if (e.CtrlKey || e.AltKey || e.MetaKey)
        {
            return;
        }
        switch (e.Key)
        {
            case "a" or "A":
                await DecideAsync(true);
                break;
            case "r" or "R":
                await DecideAsync(false);
                break;
            case "j" or "J" or "ArrowDown" or "ArrowRight":
                Next();
                break;
            case "k" or "K" or "ArrowUp" or "ArrowLeft":
                Previous();
                break;
        }
    }

    private void Next() => _index = Math.Min(_index + 1, Math.Max(0, _items.Count - 1));

    private void Previous() => _index = Math.Max(0, _index - 1);

    private async Task DecideAsync(bool samePerson)
    {
        if (Current is not { } pair || _busy)
        {
            return;
        }
        _busy = true;
        try
        {
            var decision = await UseAsync<ReviewQueue, Outcome<string>>(q => q.DecideAsync(Viewer, pair.LinkId, pair.Version, samePerson));
            var refusal = decision.Refusal;
            var alreadyLinked = refusal?.Code == ReviewQueue.AlreadyLinked;
            _conflict = refusal is not null;
            _message = refusal switch
            {
                null => samePerson ? H["Review.Confirmed", Name(pair.Left), Name(pair.Right)] : H["Review.Rejected", Name(pair.Left), Name(pair.Right)],
                { Status: OutcomeStatus.Conflict } when !alreadyLinked => H["Review.Conflict", refusal.Message],
                _ => refusal.Message,
            };
            if (refusal is null || (refusal.Status is OutcomeStatus.Conflict or OutcomeStatus.NotFound && !alreadyLinked))
            {
                // Decided (here or by someone else): off this queue; the next pair takes its place at once.
                _items.RemoveAt(_index);
                _remaining = Math.Max(0, _remaining - 1);
                if (_items.Count == 0 && _remaining > 0)
                {
                    await ReloadAsync();
                }
                _index = Math.Min(_index, Math.Max(0, _items.Count - 1));
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private string Name(RegistryEntry entry) => entry.Details?.FullName ?? H["Review.Erased"];
}
