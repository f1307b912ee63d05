using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Data;

namespace Parley.Application.Talks.Seed;

/// <summary>
/// Loads the demo talks (the July 2025 Istanbul round and the facts around it) on first start, through the one
/// write path so each demo record has its audit row. Runs once: a database with any party is left alone.
/// </summary>
public sealed class DemoSeed(ParleyDbContext db, IRecordWriter writer, Text.Seed.DemoTextSeed texts)
{
    public async Task<bool> LoadOnceAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Parties.AnyAsync(cancellationToken))
        {
            return false;
        }
        var refused = await writer.CreateManyAsync(Viewer.System, DemoRecords.All(), cancellationToken);
        if (refused is not null)
            throw new InvalidOperationException("The demo seed was refused: " + refused.Message);
        await texts.LoadAsync(cancellationToken);
        return true;
    }
}
