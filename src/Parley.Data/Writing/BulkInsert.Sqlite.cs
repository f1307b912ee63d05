using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Parley.Data.Writing;

internal static partial class BulkInsert
{
    // Microsoft.Data.Sqlite's own text forms, so rows read back exactly as if it had bound them (tested).
    private const string DateTimeFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";

    /// <summary>
    /// Straight through SQLite's C API on the connection's handle: bind by position, step, reset. Through
    /// ADO.NET each row cost ~40 µs (a parameter looked up by name, a data reader per execution).
    /// </summary>
    internal static void InsertSqlite<T>(SqliteConnection connection, string insert, Func<object, object?>[] getters, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        // The default 2 MiB page cache cannot hold the unique index on random commitments: every insert went to
        // the file and spilt dirty pages. 256 MiB for this transaction, given back afterwards.
        Check(db, raw.sqlite3_exec(db, "PRAGMA cache_size=-262144;"));
        Check(db, raw.sqlite3_prepare_v2(db, insert, out var statement));
        try
        {
            for (var r = 0; r < rows.Count; r++)
            {
                if ((r & 1023) == 0)
                    cancellationToken.ThrowIfCancellationRequested();
                var row = rows[r];
                for (var i = 0; i < getters.Length; i++)
                    Check(db, Bind(statement, i + 1, getters[i](row)));
                var rc = raw.sqlite3_step(statement);
                raw.sqlite3_reset(statement);
                if (rc != raw.SQLITE_DONE)
                    Check(db, rc);
            }
        }
        finally
        {
            statement.Dispose();
            raw.sqlite3_exec(db, "PRAGMA cache_size=-2000;");
        }
    }

    private static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string text => raw.sqlite3_bind_text(statement, index, text),
        byte[] blob => raw.sqlite3_bind_blob(statement, index, blob),
        Guid guid => raw.sqlite3_bind_text(statement, index, guid.ToString().ToUpperInvariant()),
        DateTime time => raw.sqlite3_bind_text(statement, index, time.ToString(DateTimeFormat, CultureInfo.InvariantCulture)),
        bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
        int or long or short or byte or sbyte or ushort or uint or Enum => raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        double or float => raw.sqlite3_bind_double(statement, index, Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        _ => throw new NotSupportedException($"BulkInsert cannot bind a {value.GetType().Name} to SQLite; add it beside the others."),
    };

    private static void Check(sqlite3 db, int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(db));
    }
}
