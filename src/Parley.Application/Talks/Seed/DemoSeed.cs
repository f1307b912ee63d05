using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Application.Talks;
using Parley.Data;

namespace Parley.Application.Talks.Seed;

/// <summary>
/// Loads the demo talks (the July 2025 Istanbul round and the facts around it) on first start, through the one
/// write path so each demo record has its audit row. Runs once: a database with any party is left alone.
/// </summary>
public sealed class DemoSeed(ParleyDbContext db, IRecordWriter writer)
{
    public async Task<bool> LoadOnceAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Parties.AnyAsync(cancellationToken))
        {
            return false;
        }
        var refused = await writer.CreateManyAsync(Viewer.System, DemoRecords.All(), cancellationToken);
        return refused is null
            ? true
            : throw new InvalidOperationException("The demo seed was refused: " + refused.Message);
    }
}
