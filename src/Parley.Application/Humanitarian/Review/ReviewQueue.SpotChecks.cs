using Microsoft.EntityFrameworkCore;
using Parley.Application.Humanitarian.Linking;
using Parley.Data.Humanitarian;
using Parley.Domain.Access;
using Parley.Domain.Humanitarian;

namespace Parley.Application.Humanitarian.Review;

public sealed partial class ReviewQueue
{
    /// <summary>
    /// Decided pairs for a spot check (host officers; each record shown is an audit row). Filtering and sorting happen on
    /// the pairs' public columns, so only the page shown opens personal data.
    /// </summary>
    public async Task<SpotCheckPage?> SpotChecksAsync(Viewer viewer, SpotCheckQuery query, ReadContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(query);
        var known = await parties.LoadAsync(cancellationToken);
        if (!HumanitarianAccess.IsHostOfficer(viewer, known.Access))
            return null;
        var links = Designated(viewer, known, db.PersonLinks.AsNoTracking());
        if (query.Status is { } status)
            links = links.Where(l => l.Status == status);
        links = query.Decider switch
        {
            SpotCheckDecider.Engine => links.Where(l => l.DecidedBy == LinkageRunner.Engine),
            SpotCheckDecider.Person => links.Where(l => l.DecidedBy != null && l.DecidedBy != LinkageRunner.Engine),
            _ => links,
        };
        if (query.Lacks != 0)
            links = links.Where(l => (l.Gaps & query.Lacks) != 0);
        var total = await links.CountAsync(cancellationToken);
        var size = Math.Clamp(query.PageSize, 1, SpotCheckQuery.MaxPageSize);
        List<PersonLink> page;
        int? seed = null;
        if (query.Random is { } draw)
        {
            // Drawn from the ids in memory with a seed the answer names, so a check can be repeated on the same pairs.
            seed = query.Seed ?? System.Security.Cryptography.RandomNumberGenerator.GetInt32(int.MaxValue);
            var ids = await links.OrderBy(l => l.Id).Select(l => l.Id).ToListAsync(cancellationToken);
            var chosen = ids.ToArray();
            new Random(seed.Value).Shuffle(chosen);
            var picked = chosen.Take(Math.Clamp(draw, 1, SpotCheckQuery.MaxPageSize)).ToList();
            page = await db.PersonLinks.AsNoTracking().Where(l => picked.Contains(l.Id)).ToListAsync(cancellationToken);
            page = [.. page.OrderBy(l => picked.IndexOf(l.Id))];
        }
        else
        {
            var sorted = query.HighestFirst ? links.OrderByDescending(l => l.Score) : links.OrderBy(l => l.Score);
            page = await sorted.ThenBy(l => l.Id).Skip((Math.Max(query.Page, 1) - 1) * size).Take(size).ToListAsync(cancellationToken);
        }
        return new SpotCheckPage(await ChecksAsync(viewer, page, context, cancellationToken), total, seed, await LatestRunAsync(cancellationToken));
    }

    /// <summary>One pair with its waterfall and history, whatever its status (host officers; audited).</summary>
    public async Task<SpotCheck?> PairAsync(Viewer viewer, Guid linkId, ReadContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var known = await parties.LoadAsync(cancellationToken);
        if (!HumanitarianAccess.IsHostOfficer(viewer, known.Access))
            return null;
        var link = await Designated(viewer, known, db.PersonLinks.AsNoTracking()).FirstOrDefaultAsync(l => l.Id == linkId, cancellationToken);
        return link is null ? null : (await ChecksAsync(viewer, [link], context, cancellationToken))[0];
    }

    private async Task<LinkageRunSummary?> LatestRunAsync(CancellationToken cancellationToken) =>
        await db.LinkageRuns.AsNoTracking().OrderByDescending(r => r.RanAtUtc)
            .Select(r => new LinkageRunSummary(r.Id, r.LeftParty, r.RightParty, r.MatchThreshold, r.ReviewThreshold, r.LeftCount, r.RightCount, r.Confirmed, r.Review, r.RanAtUtc))
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<IReadOnlyList<SpotCheck>> ChecksAsync(Viewer viewer, IReadOnlyList<PersonLink> links, ReadContext context, CancellationToken cancellationToken)
    {
        var runIds = links.Where(l => l.RunId != null).Select(l => l.RunId!.Value).Distinct().ToList();
        var thresholds = await db.LinkageRuns.AsNoTracking().Where(r => runIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.MatchThreshold, cancellationToken);
        var items = await ItemsAsync(viewer, links, context, cancellationToken);
        return links.Zip(items, (l, i) => new SpotCheck(
            l.Id, l.Version, l.Score, l.Status, l.DecidedBy == Linking.LinkageRunner.Engine, l.DecidedBy, l.DecidedAtUtc,
            l.RunId is { } run && thresholds.TryGetValue(run, out var t) ? t : null,
            LinkWaterfall.Names(l.Gaps), l.Explanation, LinkWaterfall.Parse(l.Waterfall), l.History, i.Left, i.Right)).ToList();
    }
}
