using Parley.Data;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Parley.Data.Configuration;
using Parley.Data.Identity;

namespace Parley.Application.Tests.Infrastructure;

/// <summary>
/// A real database for one test: a SQLite file in its own temporary directory, or a PostgreSQL database with a
/// unique name on the test server; migrated like the server does, and removed afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _directory;
    private readonly string? _postgresName;

    private TestDatabase(string provider, string directory, string? postgresName, ServiceProvider services)
    {
        Provider = provider;
        _directory = directory;
        _postgresName = postgresName;
        Services = services;
    }

    public string Provider { get; }

    public ServiceProvider Services { get; }

    public static async Task<TestDatabase> CreateAsync(string provider, bool loadDemo)
    {
        var directory = Directory.CreateTempSubdirectory("parley-data-tests-").FullName;
        string? name = null;
        string? connection = null;
        if (provider == TestDatabases.Postgres)
        {
            name = "parley_data_" + Guid.NewGuid().ToString("N")[..16];
            connection = new NpgsqlConnectionStringBuilder(TestDatabases.PostgresServer) { Database = name }.ConnectionString;
        }
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddParleyApplication(ParleyDataOptions.Create(directory, connection));
        services.AddIdentityCore<ParleyUser>().AddParleyIdentityStores();
        // The log's host key names the log in parties' signed statements (host designations).
        Parley.Application.Log.LogServices.AddParleyLog(services, new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        var database = new TestDatabase(provider, directory, name, services.BuildServiceProvider());
        await using var scope = database.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(loadDemo);
        return database;
    }

    /// <summary>A fresh scope: its own DbContext, writer and reader, as one HTTP request would have.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    /// <summary>Ukraine and Russia designate Türkiye as host (signed by fresh party keys), so TR's officers see their persons.</summary>
    public Task DesignateHostAsync() => Parley.Tests.Shared.HostConsent.DesignateAsync(Services, "TR", "UA", "RU");

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(TestDatabases.PostgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
