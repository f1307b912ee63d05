namespace Parley.Application.Tests.Infrastructure;

/// <summary>The one place test database connections come from.</summary>
public static class TestDatabases
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>Every data test runs on both providers.</summary>
    public static TheoryData<string> Providers => new() { Sqlite, Postgres };

    /// <summary>The PostgreSQL server the test script starts (scripts/postgres-env.sh exports it).</summary>
    public static string PostgresServer => Parley.Tests.Shared.TestServers.Postgres;

    public static Task<TestDatabase> CreateAsync(string provider, bool loadDemo = true) =>
        TestDatabase.CreateAsync(provider, loadDemo);
}
