using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Parley.Data;
using Parley.Data.Configuration;
using Parley.Data.Identity;
using Parley.Application;

namespace Parley.Cli.Infrastructure;

/// <summary>
/// The database a command works on: the same data directory and connection string names as the server
/// (<c>--data</c> / PARLEY_DATA, <c>--db</c> / ConnectionStrings__Parley).
/// </summary>
internal static class CliDatabase
{
    public static Option<string?> DataOption { get; } = new("--data")
    {
        Description = "Data directory holding parley.db (default: $PARLEY_DATA or ./data)",
    };

    public static Option<string?> DbOption { get; } = new("--db")
    {
        Description = "PostgreSQL connection string (default: $ConnectionStrings__Parley; unset = SQLite in the data directory)",
    };

    public static void AddOptions(Command command)
    {
        command.Options.Add(DataOption);
        command.Options.Add(DbOption);
    }

    public static ParleyDataOptions Resolve(ParseResult parse) => ParleyDataOptions.Create(
        parse.GetValue(DataOption) ?? Environment.GetEnvironmentVariable(ParleyDataOptions.DataDirectoryKey),
        parse.GetValue(DbOption) ?? Environment.GetEnvironmentVariable("ConnectionStrings__Parley"));

    /// <summary>
    /// Services over the database, migrated to the current schema. Like the server's first start, a database with
    /// no parties gets the demo unless PARLEY_DEMO=false, so codes such as UA resolve whichever starts first.
    /// </summary>
    public static async Task<ServiceProvider> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddParleyApplication(Resolve(parse));
        services.AddIdentityCore<ParleyUser>().AddParleyIdentityStores();
        var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(loadDemo: !string.Equals(Environment.GetEnvironmentVariable("PARLEY_DEMO"), "false", StringComparison.OrdinalIgnoreCase), cancellationToken);
        return provider;
    }
}
