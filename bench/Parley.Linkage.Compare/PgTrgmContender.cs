using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Parley.Linkage.Compare;

/// <summary>
/// The PostgreSQL baseline: both lists loaded into a fresh database, names normalised in SQL
/// (<see cref="Latin"/>), a GIN trigram index on family + given name of the right list,
/// <c>set_limit(0.3)</c>, and for each left record the best right record by
/// name similarity + patronymic similarity + date-of-birth agreement, accepted at a score of 0.6.
/// The score and threshold were fixed before any measurement. Queries run on one connection per core.
/// The whole left list is loaded and normalised; only the given (possibly sampled) left records are queried.
/// </summary>
internal sealed class PgTrgmContender(string connectionString) : IContender
{
    /// <summary>Name similarity (0–1) plus patronymic (±0.1) plus date of birth (+0.3 exact, +0.15 same year, −0.3 two or more years apart).</summary>
    private const string BestMatchSql = """
        SELECT set_limit(0.3);
        SELECT l.id, b.id
        FROM ln l CROSS JOIN LATERAL (
          SELECT r.id,
                 similarity(l.name, r.name)
                 + CASE WHEN l.pat <> '' AND r.pat <> '' THEN 0.2 * similarity(l.pat, r.pat) - 0.1 ELSE 0 END
                 + CASE WHEN l.y = 0 OR r.y = 0 THEN 0
                        WHEN l.dob = r.dob AND length(l.dob) = 10 THEN 0.3
                        WHEN l.y = r.y THEN 0.15
                        WHEN abs(l.y - r.y) = 1 THEN 0
                        ELSE -0.3 END AS score
          FROM rn r
          WHERE r.name % l.name
          ORDER BY score DESC
          LIMIT 1) b
        WHERE b.score >= 0.6 AND l.part = @part AND l.sampled;
        """;

    public string Name => "PostgreSQL pg_trgm";

    public ContenderRun Link(Dataset data, IReadOnlyList<Person> left)
    {
        var database = $"parley_compare_{Guid.NewGuid():N}"[..32];
        var admin = new NpgsqlConnectionStringBuilder(connectionString);
        using (var server = new NpgsqlConnection(admin.ConnectionString))
        {
            server.Open();
            Execute(server, $"CREATE DATABASE {database} TEMPLATE template0 ENCODING 'UTF8'");
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Database = database, CommandTimeout = 0 };
        try
        {
            var clock = Stopwatch.StartNew();
            var parts = Math.Max(1, Environment.ProcessorCount);
            using (var connection = new NpgsqlConnection(builder.ConnectionString))
            {
                connection.Open();
                Execute(connection, "CREATE EXTENSION pg_trgm; CREATE EXTENSION unaccent;");
                Execute(connection, Latin.SqlFunction());
                Execute(connection, "CREATE TABLE l (id text, fam text, giv text, pat text, dob text, y int, sampled bool); CREATE TABLE r (LIKE l);");
                Copy(connection, "l", data.Left, left.Select(p => p.Id).ToHashSet());
                Copy(connection, "r", data.Right, null);
                Execute(connection, $"""
                    CREATE TABLE ln AS SELECT id, latin(fam) || ' ' || latin(giv) AS name, latin(pat) AS pat, dob, y,
                                              abs(hashtext(id)) % {parts} AS part, sampled FROM l;
                    CREATE TABLE rn AS SELECT id, latin(fam) || ' ' || latin(giv) AS name, latin(pat) AS pat, dob, y FROM r;
                    CREATE INDEX rn_name_trgm ON rn USING gin (name gin_trgm_ops);
                    ANALYZE ln; ANALYZE rn;
                    """);
                CheckNormalisation(connection);
            }

            var prepared = clock.Elapsed;
            var pairs = new List<(string, string)>[parts];
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
            {
                pairs[part] = [];
                using var connection = new NpgsqlConnection(builder.ConnectionString);
                connection.Open();
                using var command = new NpgsqlCommand(BestMatchSql, connection);
                command.Parameters.AddWithValue("part", part);
                using var reader = command.ExecuteReader();
                reader.NextResult();
                while (reader.Read())
                {
                    pairs[part].Add((reader.GetString(0), reader.GetString(1)));
                }
            });
            return new ContenderRun([.. pairs.SelectMany(p => p)], prepared, clock.Elapsed - prepared);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            using var server = new NpgsqlConnection(admin.ConnectionString);
            server.Open();
            Execute(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static void Copy(NpgsqlConnection connection, string table, IReadOnlyList<Person> people, HashSet<string>? sampled)
    {
        using var import = connection.BeginBinaryImport($"COPY {table} (id, fam, giv, pat, dob, y, sampled) FROM STDIN (FORMAT BINARY)");
        foreach (var p in people)
        {
            import.StartRow();
            import.Write(p.Id, NpgsqlDbType.Text);
            import.Write(p.Family, NpgsqlDbType.Text);
            import.Write(p.Given, NpgsqlDbType.Text);
            import.Write(p.Patronymic, NpgsqlDbType.Text);
            import.Write(p.Dob, NpgsqlDbType.Text);
            import.Write(p.Year, NpgsqlDbType.Integer);
            import.Write(sampled?.Contains(p.Id) ?? false, NpgsqlDbType.Boolean);
        }

        import.Complete();
    }

    /// <summary>Lucene indexes the C# port of <c>latin()</c>; both must give the same names.</summary>
    private static void CheckNormalisation(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand("SELECT fam, latin(fam) FROM r ORDER BY id LIMIT 5000", connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var (raw, sql) = (reader.GetString(0), reader.GetString(1));
            if (Latin.Normalise(raw) != sql)
            {
                throw new InvalidOperationException($"latin() differs: '{raw}' → SQL '{sql}', C# '{Latin.Normalise(raw)}'");
            }
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }
}
