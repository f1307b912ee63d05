namespace Parley.Application.Tests.Infrastructure;

/// <summary>The one place test database connections come from.</summary>
public static class TestDatabases
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>Every data test runs on both providers.</summary>
    public static TheoryData<string> Providers => new() { Sqlite, Postgres };

    /// <summary>The PostgreSQL server the test script starts (scripts/postgres-env.sh exports it).</summary>
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("PARLEY_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("PARLEY_TEST_POSTGRES is not set: run ./test.sh, or `source scripts/postgres-env.sh` with PostgreSQL running.");

    public static Task<TestDatabase> CreateAsync(string provider, bool loadDemo = true) =>
        TestDatabase.CreateAsync(provider, loadDemo);
}
