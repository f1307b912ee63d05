namespace Parley.Data.Configuration;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
