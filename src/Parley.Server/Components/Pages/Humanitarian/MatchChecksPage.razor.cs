using Microsoft.AspNetCore.Components;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Outcomes;
using Parley.Data.Humanitarian;

namespace Parley.Server.Components.Pages.Humanitarian;

/// <summary>
/// Spot checks of decided pairs (issue 15): the engine's automatic matches by default, lowest score first, filtered by
/// the evidence they lacked, or 50 drawn at random; one pair opened shows both records, the waterfall and its history,
/// and can be revised with a reason. A pair in a batch is refused by the service, and the page says why.
/// </summary>
public partial class MatchChecksPage
{
    private const int PageSize = 50;

    private LinkStatus _status = LinkStatus.Confirmed;
    private SpotCheckDecider _decider = SpotCheckDecider.Engine;
    private bool _highestFirst;
    private int _lacks;
    private bool _random;
    private int _pageNumber = 1;
    private SpotCheckPage? _page;
    private SpotCheck? _open;
    private LinkStatus _to;
    private string? _reason;
    private string? _message;
    private bool _refused;
    private bool _busy;

    protected override Task LoadAsync() => IsHostOfficer ? ReloadAsync() : Task.CompletedTask;

    private Task FirstPageAsync()
    {
        _random = false;
        _pageNumber = 1;
        return ReloadAsync();
    }

    private Task ToggleAsync(int flag, ChangeEventArgs e)
    {
        _lacks = e.Value is true ? _lacks | flag : _lacks & ~flag;
        return FirstPageAsync();
    }

    private Task RandomAsync()
    {
        _random = true;
        _pageNumber = 1;
        return ReloadAsync();
    }

    private Task GoAsync(int step)
    {
        _pageNumber = Math.Max(1, _pageNumber + step);
        return ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        var query = new SpotCheckQuery(_status, _decider, _lacks, _highestFirst, _random ? PageSize : null, null, _pageNumber, PageSize);
        _page = await UseAsync<ReviewQueue, SpotCheckPage?>(q => q.SpotChecksAsync(Viewer, query, Reading("spot check")));
    }

    private async Task OpenAsync(SpotCheck item)
    {
        _message = null;
        _reason = null;
        _open = await UseAsync<ReviewQueue, SpotCheck?>(q => q.PairAsync(Viewer, item.LinkId, Reading("pair")));
        _to = _open?.Status == LinkStatus.Confirmed ? LinkStatus.Rejected : LinkStatus.Confirmed;
    }

    private async Task ReviseAsync()
    {
        if (_open is not { } pair || _busy)
            return;
        _busy = true;
        try
        {
            var (to, reason) = (_to, _reason);
            var outcome = await UseAsync<ReviewQueue, Outcome<LinkRevised>>(q => q.ReviseAsync(Viewer, pair.LinkId, pair.Version, to, reason));
            _refused = outcome.Refusal is not null;
            _message = outcome.Refusal switch
            {
                null => H["Check.Revised", H["Check.Status." + outcome.Value.From], H["Check.Status." + outcome.Value.To]],
                { Code: ReviewQueue.InAgreedBatch } r => H["Check.InAgreedBatch", r.Message],
                { Code: ReviewQueue.InDraftBatch } r => H["Check.InDraftBatch", r.Message],
                var r => r.Message,
            };
            if (!_refused)
            {
                _reason = null;
                _open = await UseAsync<ReviewQueue, SpotCheck?>(q => q.PairAsync(Viewer, pair.LinkId, Reading("pair")));
                await ReloadAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private static ReviewItem AsReviewItem(SpotCheck pair) =>
        new(pair.LinkId, pair.Version, pair.Score, pair.Explanation, pair.Status, pair.Left, pair.Right) { Waterfall = pair.Waterfall };

    private string When(DateTime utc) => Clock.ToLocal(utc).ToString("g", System.Globalization.CultureInfo.CurrentCulture);

    private string Name(RegistryEntry entry) => entry.Details?.FullName ?? H["Review.Erased"];
}
