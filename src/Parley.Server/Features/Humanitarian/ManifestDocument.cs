using System.Globalization;
using Parley.Data.Humanitarian;
using Parley.Reports;
using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

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
