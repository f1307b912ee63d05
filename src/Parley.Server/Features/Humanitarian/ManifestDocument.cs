using System.Globalization;
using Microsoft.Extensions.Localization;
using Parley.Reports;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Domain.Humanitarian;
using Parley.Server.Localization;

namespace Parley.Server.Features.Humanitarian;

/// <summary>Turns a batch as the reader may see it into the printable manifest, in the reader's language.</summary>
internal static class ManifestDocument
{
    public static ExchangeDocument From(BatchView view, LogPlace? place, string printedBy, DateTimeOffset now, IStringLocalizer<HumText> h)
    {
        var outcomes = view.Outcomes.ToDictionary(o => o.Commitment, o => h["Outcome." + o.Outcome].Value);
        var batch = view.Batch;
        var differences = view.Outcomes.Count > 0 ? ExchangeDifferences.Of(view.Outcomes) : null;
        return new ExchangeDocument(
            h[view.Status >= BatchStatus.ConfirmedByOne ? "Pdf.Confirmation" : "Pdf.Manifest"],
            batch.Name,
            batch.FirstParty,
            batch.SecondParty,
            batch.Terms.Select(t => string.Format(CultureInfo.InvariantCulture, "{0}: {1}:{2}", h["Registry." + t.Category].Value, t.FirstCount, t.SecondCount)
                + (t.FirstTotal is { } n ? ", " + h["Pdf.ReleasedBy", n, batch.FirstParty] : "")).ToList(),
            view.Composition.Counts.SelectMany(c => new[] { (batch.FirstParty, h["Registry." + c.Category].Value, c.FirstReleases), (batch.SecondParty, h["Registry." + c.Category].Value, c.SecondReleases) }).ToList(),
            batch.ManifestHash ?? view.Manifest.Hash(),
            view.Signatures.Select(s => new SignatureLine(s.Party, $"{s.KeyName} ({s.Kind.ToString().ToLowerInvariant()})", new DateTimeOffset(s.VerifiedAtUtc, TimeSpan.Zero), true)).ToList(),
            place is { InCheckpoint: true } ? new CheckpointLine(place.Origin!, place.Size!.Value, place.RootHash!, place.Seq) : null,
            view.Members.Select(m => new PersonLine(
                m.ReleasedBy,
                h["Registry." + m.Category],
                (m.Held ?? m.Other)?.Details?.FullName ?? h["Pdf.NotVisible"],
                (m.Held ?? m.Other)?.Details?.DateOfBirth,
                Priorities(m.Priorities, h),
                m.Commitment,
                outcomes.GetValueOrDefault(m.Commitment))).ToList(),
            now,
            printedBy,
            Labels(h),
            Components.Pages.Humanitarian.BatchStatusText.Of(view.Status, differences, h),
            differences is { Total: > 0 });
    }

    private static string Priorities(PriorityGroups groups, IStringLocalizer<HumText> h)
    {
        var words = new List<string>(3);
        if (groups.HasFlag(PriorityGroups.SeriouslyWoundedOrSick))
            words.Add(h["Priority.Wounded"]);
        if (groups.HasFlag(PriorityGroups.LongHeld))
            words.Add(h["Priority.LongHeld"]);
        if (groups.HasFlag(PriorityGroups.Minor))
            words.Add(h["Priority.Minor"]);
        return words.Count == 0 ? "-" : string.Join(", ", words);
    }

    private static ExchangeLabels Labels(IStringLocalizer<HumText> h) => new(
        h["Pdf.BatchLine"], h["Pdf.ManifestHash"], h["Pdf.AgreedTerms"], h["Pdf.Counts"], h["Pdf.Releases"], h["Pdf.Signatures"],
        h["Pdf.NoSignatures"], h["Pdf.SignatureLine"], h["Pdf.Verified"], h["Pdf.NotVerified"], h["Pdf.Persons"],
        [h["Pdf.Col.From"], h["Pdf.Col.Category"], h["Pdf.Col.Name"], h["Pdf.Col.Born"], h["Pdf.Col.Priority"], h["Pdf.Col.Commitment"], h["Pdf.Col.Outcome"]],
        h["Pdf.NotInCheckpoint"], h["Pdf.InCheckpoint"], h["Pdf.Footer"]);
}
