using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Domain.Humanitarian;
using Parley.Lists;
using Parley.Data;
using Parley.Data.Humanitarian;
using Parley.Application.Humanitarian.Protection;

namespace Parley.Application.Humanitarian.Import;

/// <summary>
/// Files a party's list of persons: the whole file in one transaction, or nothing. Each row goes to the
/// registry its category names, sealed at rest, with a commitment for the log.
/// </summary>
public sealed partial class PersonImporter(ParleyDbContext db, PersonSealer sealer, HumanitarianParties parties, TimeProvider clock)
{
    /// <summary>Reads and checks the file without storing anything.</summary>
    public async Task<ImportOutcome> PreviewAsync(Viewer actor, Stream file, ImportRequest request, IProgress<ListReadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var (outcome, _, _) = await ReadAsync(actor, file, request, progress, cancellationToken);
        return outcome;
    }

    /// <summary>Reads, checks and stores the file in one transaction; <paramref name="storing"/> hears of each block written.</summary>
    public async Task<ImportOutcome> ImportAsync(Viewer actor, Stream file, ImportRequest request, IProgress<ListReadProgress>? progress = null,
        IProgress<ImportStoreProgress>? storing = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (outcome, records, target) = await ReadAsync(actor, file, request, progress, cancellationToken);
        if (!outcome.Valid || records is null || target is null)
            return outcome;

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var upload = new PersonListUpload
        {
            Id = Guid.CreateVersion7(),
            Party = target.Value.Party,
            HeldBy = target.Value.HeldBy,
            FileName = Path.GetFileName(request.FileName),
            FileSha256 = target.Value.Sha256,
            UploadedBy = actor.Name ?? actor.UserId ?? "unknown",
            UploadedAtUtc = now,
            Military = outcome.Military,
            Civilian = outcome.Civilian,
            Children = outcome.Children,
        };
        await StoreAsync(actor, upload, records, today, storing, cancellationToken);
        return outcome with { Stored = true, ListId = upload.Id };
    }

    private async Task<(ImportOutcome Outcome, IReadOnlyList<PersonRecord>? Records, (string Party, string HeldBy, string Sha256)? Target)> ReadAsync(
        Viewer actor, Stream file, ImportRequest request, IProgress<ListReadProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(request);
        var known = await parties.LoadAsync(cancellationToken);
        if (known.Resolve(request.Party) is not { } party)
            return (ImportOutcome.Refused($"Unknown party '{request.Party}': use a code such as UA or RU, or the party's name."), null, null);
        var heldBy = request.HeldBy is null ? party : known.Resolve(request.HeldBy);
        if (heldBy is null)
            return (ImportOutcome.Refused($"Unknown party '{request.HeldBy}' in held-by."), null, null);
        if (!HumanitarianAccess.CanFileFor(actor, party, known.Access))
            return (ImportOutcome.Refused($"Only humanitarian officers of {party} or of the host may file {party}'s lists."), null, null);

        var seekable = file.CanSeek ? file : await CopyAsync(file, cancellationToken);
        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(seekable, cancellationToken));
        seekable.Position = 0;
        var result = PersonList.Read(seekable, new PersonListReadOptions { Progress = progress }, cancellationToken);
        var counts = result.Records.GroupBy(r => r.Category).ToDictionary(g => g.Key, g => g.Count());
        var outcome = new ImportOutcome(false, null, result.Format, result.Records.Count,
            counts.GetValueOrDefault(PersonCategory.Military),
            counts.GetValueOrDefault(PersonCategory.Civilian),
            counts.GetValueOrDefault(PersonCategory.Child),
            result.Issues, result.ErrorCount, null);
        if (!result.IsValid)
            return (outcome, null, null);
        if (result.Records.Count == 0)
            return (outcome with { Refusal = "The file lists no persons: it needs the header row and at least one person's row." }, null, null);

        var earlier = await db.PersonLists.AsNoTracking().FirstOrDefaultAsync(l => l.Party == party && l.FileSha256 == sha, cancellationToken);
        if (earlier is not null)
            return (outcome with { Refusal = $"This file was already filed for {party} on {earlier.UploadedAtUtc:yyyy-MM-dd HH:mm} UTC as {earlier.FileName}." }, null, null);
        return (outcome, result.Records, (party, heldBy, sha));
    }

    private static async Task<MemoryStream> CopyAsync(Stream file, CancellationToken cancellationToken)
    {
        var copy = new MemoryStream();
        await file.CopyToAsync(copy, cancellationToken);
        copy.Position = 0;
        return copy;
    }
}
