using Parley.Application.Log;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Parley.Data.Entities;
using Parley.Data.Writing;
using Parley.Domain.Access;
using Parley.Domain.Humanitarian;
using Parley.Domain.Records;
using Parley.Data.Humanitarian;

namespace Parley.Application.Humanitarian.Import;

public sealed partial class PersonImporter
{
    // Persons are sealed and inserted a block at a time, the next block sealed (on every core) while this one is
    // inserted: the work overlaps, and sealed blobs die young instead of surviving into the old GC generations.
    private const int Block = 4096;

    private async Task StoreAsync(Viewer actor, PersonListUpload upload, IReadOnlyList<PersonRecord> records, DateOnly today, IProgress<ImportStoreProgress>? storing, CancellationToken cancellationToken)
    {
        // Ids in file order (version 7 GUIDs grow with time), before the work is spread over threads.
        var ids = records.Select(_ => Guid.CreateVersion7()).ToArray();
        var commitments = new string[records.Count];
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                // Sealing of the next block stops if inserting this one fails.
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                try
                {
                    var next = SealBlockAsync(0, stop.Token);
                    for (var start = 0; start < records.Count; start += Block)
                    {
                        var persons = await next;
                        if (start + Block < records.Count)
                            next = SealBlockAsync(start + Block, stop.Token);
                        await BulkInsert.InsertAsync(db, persons, cancellationToken);
                        storing?.Report(new ImportStoreProgress(start + persons.Length, records.Count));
                    }
                }
                finally
                {
                    await stop.CancelAsync();
                }
                // The list row comes last: it carries the hash of every commitment.
                upload.CommitmentsSha256 = CommitmentsHash(commitments);
                db.PersonLists.Add(upload);
                db.Audit.Add(AuditEntry.For(actor, AuditAction.Create, RecordKind.PersonList, upload.Id, 1, $"List {upload.FileName} of {upload.Party}: {records.Count} persons", upload.UploadedAtUtc));
                await db.SaveChangesAsync(cancellationToken);
                await LogAppender.AppendPublicAsync(db, actor, "person-list.create", new
                {
                    id = upload.Id,
                    party = upload.Party,
                    heldBy = upload.HeldBy,
                    // No hash of the file: knowing the names, an unsalted hash lets anyone test guesses of the rest.
                    military = upload.Military,
                    civilian = upload.Civilian,
                    children = upload.Children,
                    commitmentsSha256 = upload.CommitmentsSha256,
                }, clock.GetUtcNow(), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = true;
                db.ChangeTracker.Clear();
            }
        });

        Task<RegistryPerson[]> SealBlockAsync(int start, CancellationToken stop) => Task.Run(() =>
        {
            var persons = new RegistryPerson[Math.Min(Block, records.Count - start)];
            Parallel.For(0, persons.Length, new ParallelOptions { CancellationToken = stop }, sealer.StartSealing, (i, _, sealing) =>
            {
                var record = records[start + i];
                var id = ids[start + i];
                var (commitment, sealedData) = sealing.Seal(id, PersonDetails.From(record));
                commitments[start + i] = commitment;
                persons[i] = new RegistryPerson
                {
                    Id = id,
                    ListId = upload.Id,
                    ListedBy = upload.Party,
                    HeldBy = upload.HeldBy,
                    SourceId = record.Id,
                    Line = (int)record.Line,
                    Category = record.Category,
                    Priorities = Priorities(record, today),
                    Commitment = commitment,
                    Sealed = sealedData,
                    ListedAtUtc = upload.UploadedAtUtc,
                    Version = 1,
                };
                return sealing;
            }, sealing => sealing.Dispose());
            return persons;
        }, stop);
    }

    internal static string CommitmentsHash(IEnumerable<string> commitments) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(string.Join('\n', commitments.Order(StringComparer.Ordinal)))));

    private static PriorityGroups Priorities(PersonRecord r, DateOnly today)
    {
        var birth = r.DateOfBirth;
        var capture = r.DateOfCapture;
        return PriorityRules.From(
            r.Health,
            birth.Precision == DatePrecision.None ? null : birth.Year,
            birth.Precision >= DatePrecision.Month ? birth.Month : null,
            birth.Precision == DatePrecision.Day ? birth.Day : null,
            capture.Precision == DatePrecision.Day ? new DateOnly(capture.Year, capture.Month, capture.Day) : null,
            today);
    }
}
