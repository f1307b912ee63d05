using Microsoft.EntityFrameworkCore;
using Parley.Data.Configuration;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;
using Parley.Data;
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
            await Log.LogSchema.EnsureAsync(db.Database.GetDbConnection(), null, cancellationToken);
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
