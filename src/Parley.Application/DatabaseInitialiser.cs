using Microsoft.EntityFrameworkCore;
using Parley.Data.Configuration;
using Parley.Data.Identity;
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
using Parley.Data;
using Parley.Data.Entities;
using Parley.Data.Humanitarian;
using Parley.Data.Keys;
using Parley.Data.Writing;
namespace Parley.Application;

/// <summary>Brings the database up to date on start: data directory, migrations, roles, demo seed (once).</summary>
public sealed class DatabaseInitialiser(ParleyDbContext db, ParleyDataOptions options, DemoSeed seed, UserAccounts accounts)
{
    public async Task InitialiseAsync(bool loadDemo = true, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(options.DataDirectory);
        await db.Database.MigrateAsync(cancellationToken);
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers run while one writer commits; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        // The verifiable log's tables live beside the record's, outside EF's model (plain ADO.NET, see docs/ledger.md).
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await Parley.Ledger.Storage.LedgerSchema.EnsureCreatedAsync(db.Database.GetDbConnection(), null, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        await accounts.EnsureRolesAsync();
        if (loadDemo)
        {
            await seed.LoadOnceAsync(cancellationToken);
        }
    }
}
