using Parley.Application.Outcomes;
using Parley.Application.Log;
using Microsoft.EntityFrameworkCore;
using Parley.Data.Entities;
using Parley.Domain.Access;
using Parley.Domain.Humanitarian;
using Parley.Domain.Records;
using Parley.Linkage;
using Parley.Application.Humanitarian.Protection;
using Parley.Data;
using Parley.Data.Humanitarian;
using PersonCategory = Parley.Domain.Humanitarian.PersonCategory;

namespace Parley.Application.Humanitarian.Linking;

/// <summary>
/// Links two parties' lists with the linkage engine. Confident pairs are confirmed at once; uncertain
/// ones go to the review queue. Pairs already found, and persons already confirmed in a pair, are
/// left as they are, so running it again after a new list only adds what is new.
/// Only host officers run it: they are the ones allowed to see both sides' lists.
/// </summary>
public sealed class LinkageRunner(ParleyDbContext db, PersonSealer sealer, HumanitarianParties parties, TimeProvider clock)
{
    public const string Engine = "linkage engine";

    /// <summary>What one linkage run found: the list sizes and the new pairs, sure and to review.</summary>
    public sealed record LinkRun(int Left, int Right, int NewConfirmed, int NewReview, Guid RunId, double MatchThreshold);

    public Task<Outcome<LinkRun>> RunAsync(Viewer actor, string leftParty, string rightParty, IProgress<LinkProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(actor, leftParty, rightParty, null, progress, cancellationToken);

    /// <summary>
    /// Links the two lists; <paramref name="matchThreshold"/> is this run's auto-accept threshold (the engine's default when
    /// null): pairs scoring at least it are confirmed by the engine, the rest above the review threshold are queued.
    /// </summary>
    public async Task<Outcome<LinkRun>> RunAsync(Viewer actor, string leftParty, string rightParty, double? matchThreshold, IProgress<LinkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var known = await parties.LoadAsync(cancellationToken);
        if (!HumanitarianAccess.IsHostOfficer(actor, known.Access))
            return Outcome.Forbidden("Only the host's humanitarian officers link both sides' lists.");
        if (known.Resolve(leftParty) is not { } left || known.Resolve(rightParty) is not { } right || left == right)
            return Outcome.Invalid("parties", $"linking needs two different known parties, got '{leftParty}' and '{rightParty}'.");
        if (new[] { left, right }.FirstOrDefault(p => !HumanitarianAccess.HostMaySee(actor, p, known.Access)) is { } undesignated)
            return Outcome.Forbidden($"{undesignated} has not designated this host (a statement signed by {undesignated}'s key): its persons cannot be linked.");

        var options = LinkOptions.Default;
        if (matchThreshold is { } threshold)
        {
            if (!(threshold > options.ReviewThreshold && threshold < 1))
                return Outcome.Invalid("matchThreshold", FormattableString.Invariant($"the auto-accept threshold must be above the review threshold {options.ReviewThreshold} and below 1, got {threshold}."));
            options = options with { MatchThreshold = threshold };
        }

        var leftRows = await Load(left, cancellationToken);
        var rightRows = await Load(right, cancellationToken);
        var result = new PersonLinker(options).Link(
            leftRows.Select(ToRecord).ToList(), rightRows.Select(ToRecord).ToList(), progress, cancellationToken);

        var existing = await db.PersonLinks.AsNoTracking()
            .Select(l => new { l.LeftPersonId, l.RightPersonId, l.Status })
            .ToListAsync(cancellationToken);
        var found = existing.Select(l => (l.LeftPersonId, l.RightPersonId)).ToHashSet();
        var confirmed = existing.Where(l => l.Status == LinkStatus.Confirmed).SelectMany(l => new[] { l.LeftPersonId, l.RightPersonId }).ToHashSet();

        var now = clock.GetUtcNow().UtcDateTime;
        var run = new LinkageRunRecord
        {
            Id = Guid.CreateVersion7(),
            LeftParty = left,
            RightParty = right,
            MatchThreshold = options.MatchThreshold,
            ReviewThreshold = options.ReviewThreshold,
            LeftCount = leftRows.Count,
            RightCount = rightRows.Count,
            Model = result.Model.ToJson(),
            RanBy = actor.Name ?? actor.UserId ?? "unknown",
            RanAtUtc = now,
        };
        int newConfirmed = 0, newReview = 0;
        foreach (var pair in result.Pairs)
        {
            var (l, r) = (leftRows[pair.LeftIndex].Row.Id, rightRows[pair.RightIndex].Row.Id);
            if (found.Contains((l, r)) || confirmed.Contains(l) || confirmed.Contains(r))
                continue;
            var sure = pair.Decision == LinkDecision.Match;
            db.PersonLinks.Add(new PersonLink
            {
                Id = Guid.CreateVersion7(),
                LeftPersonId = l,
                RightPersonId = r,
                Score = pair.Score,
                Explanation = pair.Explanation.Length > 400 ? pair.Explanation[..400] : pair.Explanation,
                Status = sure ? LinkStatus.Confirmed : LinkStatus.Review,
                DecidedBy = sure ? Engine : null,
                DecidedAtUtc = sure ? now : null,
                FoundAtUtc = now,
                Version = 1,
                RunId = run.Id,
                Gaps = (int)pair.Gaps,
                Waterfall = LinkWaterfall.ToJson(result.Explain(pair)),
                History = sure
                    ? [new LinkRevision(null, LinkStatus.Confirmed, Engine, now, FormattableString.Invariant($"score {pair.Score:0.000} ≥ auto-accept threshold {options.MatchThreshold:0.00}"))]
                    : [],
            });
            if (sure)
            {
                confirmed.Add(l);
                confirmed.Add(r);
                newConfirmed++;
            }
            else
            {
                newReview++;
            }
        }
        run.Confirmed = newConfirmed;
        run.Review = newReview;
        db.LinkageRuns.Add(run);
        db.Audit.Add(AuditEntry.For(actor, AuditAction.Create, RecordKind.PersonLink, Guid.Empty, 1, $"Linked {left} ({leftRows.Count}) with {right} ({rightRows.Count}): {newConfirmed} confirmed, {newReview} to review", now));
        await Changes.CommitAsync(db, () => LogAppender.AppendPublicAsync(db, actor, "person-link.run",
            new { left, right, leftCount = leftRows.Count, rightCount = rightRows.Count, confirmed = newConfirmed, review = newReview, matchThreshold = options.MatchThreshold }, clock.GetUtcNow(), cancellationToken), cancellationToken);
        return Outcome.Ok(new LinkRun(leftRows.Count, rightRows.Count, newConfirmed, newReview, run.Id, options.MatchThreshold));
    }

    private sealed record Loaded(RegistryPerson Row, PersonDetails Details);

    private async Task<List<Loaded>> Load(string party, CancellationToken cancellationToken)
    {
        var rows = await db.RegistryPersons.AsNoTracking()
            .Where(p => p.ListedBy == party && p.Sealed != null && p.Category != PersonCategory.Child)
            .OrderBy(p => p.ListedAtUtc).ThenBy(p => p.Line)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new Loaded(r, sealer.Open(r.Id, r.Sealed!, r.Commitment))).ToList();
    }

    private static PersonRecord ToRecord(Loaded loaded) => loaded.Details.ToRecord(loaded.Row.Id.ToString());
}
