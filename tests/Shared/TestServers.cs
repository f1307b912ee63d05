namespace Parley.Tests.Shared;

/// <summary>
/// The one place tests learn where their databases live: the PostgreSQL server that ./test.sh starts
/// (scripts/postgres-env.sh exports PARLEY_TEST_POSTGRES) and the SQLite file of a data directory.
/// </summary>
public static class TestServers
{
    /// <summary>The PostgreSQL server's connection string; a clear error when the test script did not set it.</summary>
    public static string Postgres =>
        Environment.GetEnvironmentVariable("PARLEY_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("PARLEY_TEST_POSTGRES is not set: run ./test.sh, or `source scripts/postgres-env.sh` with PostgreSQL running.");

    /// <summary>The SQLite database of a Parley data directory, unpooled so a test can delete or tamper with the file.</summary>
    public static string Sqlite(string dataDirectory) => $"Data Source={Path.Combine(dataDirectory, "parley.db")};Pooling=false";
}
