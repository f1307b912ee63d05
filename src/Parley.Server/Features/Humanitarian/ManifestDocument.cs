using System.Globalization;
using Parley.Reports;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Exchanges;

namespace Parley.Server.Features.Humanitarian;

/// <summary>Turns a batch as the reader may see it into the printable manifest.</summary>
internal static class ManifestDocument
{
    public static ExchangeDocument From(BatchView view, LogPlace? place, string printedBy, DateTimeOffset now)
    {
        var outcomes = view.Outcomes.ToDictionary(o => o.Commitment, o => o.Outcome.ToString());
        var batch = view.Batch;
        return new ExchangeDocument(
            view.Status >= Domain.Humanitarian.BatchStatus.ConfirmedByOne ? "Exchange confirmation" : "Exchange manifest",
            batch.Name,
            batch.FirstParty,
            batch.SecondParty,
            batch.Terms.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Category}: {t.FirstCount}:{t.SecondCount}{(t.FirstTotal is { } n ? $", {n} released by {batch.FirstParty}" : "")}")).ToList(),
            view.Composition.Counts.SelectMany(c => new[] { (batch.FirstParty, c.Category.ToString(), c.FirstReleases), (batch.SecondParty, c.Category.ToString(), c.SecondReleases) }).ToList(),
            batch.ManifestHash ?? view.Manifest.Hash(),
            view.Signatures.Select(s => new SignatureLine(s.Party, $"{s.KeyName} ({s.Kind.ToString().ToLowerInvariant()})", new DateTimeOffset(s.VerifiedAtUtc, TimeSpan.Zero), true)).ToList(),
            place is { InCheckpoint: true } ? new CheckpointLine(place.Origin!, place.Size!.Value, place.RootHash!, place.Seq) : null,
            view.Members.Select(m => new PersonLine(
                m.ReleasedBy,
                m.Category.ToString().ToLowerInvariant(),
                (m.Held ?? m.Other)?.Details?.FullName ?? "(not visible to you)",
                (m.Held ?? m.Other)?.Details?.DateOfBirth,
                m.Priorities == Domain.Humanitarian.PriorityGroups.None ? "-" : m.Priorities.ToString(),
                m.Commitment,
                outcomes.GetValueOrDefault(m.Commitment))).ToList(),
            now,
            printedBy);
    }
}
