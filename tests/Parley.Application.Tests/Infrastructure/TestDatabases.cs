using Parley.Data;
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
using Parley.Application.Talks.Seed;
using Parley.Application.Users;
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
