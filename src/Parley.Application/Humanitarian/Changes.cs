using Parley.Application.Log;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Data;
using Parley.Data.Humanitarian;

namespace Parley.Application.Humanitarian;

/// <summary>
/// Saves a humanitarian change and its log entry in one transaction, so the change, its audit rows and
/// its entry commit together or not at all.
/// </summary>
internal static class Changes
{
    public static async Task CommitAsync(ParleyDbContext db, Func<Task> appendLog, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await appendLog();
            await transaction.CommitAsync(cancellationToken);
        });
    }

    /// <summary>
    /// Saves audit rows of personal-data reads and commits them to the log as one batch: the entry holds the rows' id
    /// range and a salted commitment to a hash of their contents (the salt is the batch's opening, for administrators),
    /// so a row changed or removed later shows. The entry names no reader: it is written by the system, not the reader.
    /// </summary>
    public static Task CommitReadsAsync(ParleyDbContext db, Viewer reader, IReadOnlyList<PersonalDataRead> rows, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (rows.Count == 0)
        {
            return Task.CompletedTask;
        }
        return CommitAsync(db, () =>
        {
            // The rows' ids exist only once they are saved (the database numbers them): read them inside the transaction.
            var (first, last) = (rows.Min(r => r.Id), rows.Max(r => r.Id));
            return LogAppender.AppendSystemAsync(db, "personal-data-read.batch", new { first, last, count = rows.Count },
                FormattableString.Invariant($"personal-data-reads/{first}-{last}"), new { sha256 = ReadsHash(rows) }, clock.GetUtcNow(), cancellationToken);
        }, cancellationToken);
    }

    public static string ReadsHash(IEnumerable<PersonalDataRead> rows)
    {
        var text = string.Join('\n', rows.OrderBy(r => r.Id).Select(r =>
            FormattableString.Invariant($"{r.Id}|{r.AtUtc:O}|{r.UserId}|{r.Role}|{r.Party}|{r.RecordKind}|{r.RecordId}|{r.Purpose}|{r.RemoteAddress}")));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
