using Microsoft.Extensions.Configuration;

namespace Parley.Data.Configuration;

/// <summary>
/// Where the data lives. Read from configuration with names operators rely on: <c>PARLEY_DATA</c> (data directory,
/// default <c>./data</c>: the SQLite file and the data-protection keys) and <c>ConnectionStrings:Parley</c>
/// (environment: <c>ConnectionStrings__Parley</c>), which switches to PostgreSQL unless it is a SQLite
/// <c>Data Source=…</c> string.
/// </summary>
public sealed record ParleyDataOptions(string DataDirectory, DatabaseProvider Provider, string ConnectionString)
{
    public const string DataDirectoryKey = "PARLEY_DATA";
    public const string ConnectionStringName = "Parley";
    public const string DatabaseFileName = "parley.db";

    public string KeysDirectory => Path.Combine(DataDirectory, "keys");

    public static ParleyDataOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Create(configuration[DataDirectoryKey], configuration.GetConnectionString(ConnectionStringName));
    }

    public static ParleyDataOptions Create(string? dataDirectory, string? connectionString)
    {
        var directory = Path.GetFullPath(string.IsNullOrWhiteSpace(dataDirectory) ? "data" : dataDirectory);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return new(directory, DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, DatabaseFileName)}");
        }
        var isSqlite = connectionString.TrimStart().StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase)
            || connectionString.TrimStart().StartsWith("Filename=", StringComparison.OrdinalIgnoreCase);
        return new(directory, isSqlite ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql, connectionString);
    }

    /// <summary>The connection string with any password masked, for logs and the console.</summary>
    public string Describe() => Provider == DatabaseProvider.Sqlite
        ? $"SQLite ({ConnectionString})"
        : "PostgreSQL (" + string.Join(';', ConnectionString.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase))) + ")";
}
