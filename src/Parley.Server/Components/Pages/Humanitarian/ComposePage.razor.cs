using Parley.Application.Outcomes;
using Microsoft.AspNetCore.Components;
using Parley.Domain.Humanitarian;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;

namespace Parley.Server.Components.Pages.Humanitarian;

/// <summary>
/// Composes an exchange batch from confirmed pairs. Every change of the terms or of the persons chosen is checked
/// at once with the domain's <see cref="BatchComposer"/> (through the service, over the same pool a stored batch is
/// checked against), so the counts and the problems shown are the ones signing will face. The confirmed pairs are
/// read once, when the page opens (one audited read).
/// </summary>
public partial class ComposePage
{
    private sealed record Candidate(ReviewItem Pair, RegistryEntry Held);

    private readonly HashSet<Guid> _chosen = [];
    private readonly List<TermsInput> _terms =
    [
        new() { Category = PersonCategory.Military },
        new() { Category = PersonCategory.Civilian, Included = false },
    ];

    private IReadOnlyList<Candidate> _candidates = [];
    private string? _name;
    private string? _first;
    private string? _second;
    private BatchComposition? _check;
    private string? _failure;
    private bool _saving;
    private int _firstN = 50;

    private IEnumerable<Candidate> Pool => _candidates.Where(c => c.Held.HeldBy == _first || c.Held.HeldBy == _second);

    private IReadOnlyList<CategoryTerms> Terms => [.. _terms.Where(t => t.Included).Select(t => t.ToTerms())];

    protected override async Task LoadAsync()
    {
        _first = Parties.Any(p => p.Code == "UA") ? "UA" : (Parties.Count > 0 ? Parties[0].Code : null);
        _second = Parties.Any(p => p.Code == "RU") ? "RU" : Parties.Skip(1).FirstOrDefault().Code;
        if (!IsHostOfficer)
        {
            return;
        }
        var confirmed = await UseAsync<ReviewQueue, IReadOnlyList<ReviewItem>?>(q => q.ConfirmedAsync(Viewer, Reading("compose exchange batch")));
        _candidates = [.. (confirmed ?? []).Select(p => new Candidate(p, ExchangeService.HolderOf(p.Left, p.Right))).Where(c => c.Held.Category != PersonCategory.Child)];
        await CheckAsync();
    }

    private async Task ToggleAsync(Guid linkId, ChangeEventArgs e)
    {
        if (e.Value is true)
        {
            _chosen.Add(linkId);
        }
        else
        {
            _chosen.Remove(linkId);
        }
        await CheckAsync();
    }

    private async Task CheckAsync()
    {
        // Pairs of a party no longer in the exchange leave the batch with it.
        var visible = Pool.Select(c => c.Pair.LinkId).ToHashSet();
        _chosen.IntersectWith(visible);
        var (first, second, terms, chosen) = (_first ?? "", _second ?? "", Terms, _chosen.ToList());
        _check = await UseAsync<ExchangeService, BatchComposition?>(s => s.CheckAsync(Viewer, first, second, terms, chosen));
    }

    private async Task SaveAsync()
    {
        _saving = true;
        _failure = null;
        try
        {
            var (name, first, second, terms, chosen) = (_name ?? "", _first ?? "", _second ?? "", Terms, _chosen.ToList());
            var created = await UseAsync<ExchangeService, Outcome<BatchChange>>(s => s.CreateAsync(Viewer, name, first, second, terms));
            if (created.Refusal is { } refused)
            {
                _failure = refused.Message;
                return;
            }
            var id = created.Value.BatchId;
            if (chosen.Count > 0)
            {
                var added = await UseAsync<ExchangeService, Outcome<BatchChange>>(s => s.AddAsync(Viewer, id, chosen));
                if (added.Refusal is { } notAdded)
                {
                    _failure = notAdded.Message;
                    return;
                }
            }
            Navigation.NavigateTo($"/exchanges/{id}");
        }
        finally
        {
            _saving = false;
        }
    }

    private string Describe(BatchProblem problem) =>
        problem.PersonId is { } id && _candidates.FirstOrDefault(c => c.Held.Id.ToString() == id) is { } who
            ? problem.Message.Replace(id, Name(who.Held), StringComparison.Ordinal)
            : problem.Message;

    private string Name(RegistryEntry entry) => entry.Details?.FullName ?? H["Review.Erased"];

    /// <summary>Seriously wounded and sick first (Geneva Convention III art. 109), then the long-held, then minors.</summary>
    internal static int Rank(PriorityGroups groups) => PriorityOrder.Rank(groups);

    /// <summary>
    /// Adds, for each agreed category, the first N the first side releases and the second side's share under the ratio,
    /// both in priority order (<see cref="PriorityOrder"/>) among those not chosen yet; then checks as any change does.
    /// </summary>
    private async Task AddFirstAsync()
    {
        foreach (var terms in Terms)
        {
            foreach (var (party, count) in new[] { (_first, _firstN), (_second, PriorityOrder.SecondFor(terms, _firstN)) })
            {
                var open = Pool.Where(c => c.Held.HeldBy == party && c.Held.Category == terms.Category && !_chosen.Contains(c.Pair.LinkId));
                foreach (var c in PriorityOrder.First(open, count, c => c.Held.Priorities, c => c.Held.Details?.DateOfCapture))
                {
                    _chosen.Add(c.Pair.LinkId);
                }
            }
        }
        await CheckAsync();
    }

    private async Task ClearAsync()
    {
        _chosen.Clear();
        await CheckAsync();
    }
}
