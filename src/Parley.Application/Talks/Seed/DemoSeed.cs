using Microsoft.EntityFrameworkCore;
using Parley.Data.Writing;
using Parley.Domain.Access;
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
using Parley.Application.Users;
using Parley.Data;
using Parley.Data.Configuration;
using Parley.Data.Entities;
using Parley.Data.Humanitarian;
using Parley.Data.Identity;
using Parley.Data.Keys;

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
