using System.Data.Common;
using System.Globalization;

namespace Parley.Cli.Tests.Commands;

/// <summary>
/// One row of a record table, read with plain ADO.NET (SQLite or PostgreSQL) and forged behind the server's back: a
/// column edited or the row deleted. Each forgery returns how to put the row back exactly as it was.
/// </summary>
internal sealed class RowTamper(string table, string[] columns, object[] values)
{
    private readonly int _id = Array.IndexOf(columns, "Id");

    public string Id => Convert.ToString(values[_id], CultureInfo.InvariantCulture)!;

    public static async Task<List<RowTamper>> PublicRowsAsync(DbConnection db, string table)
    {
        await using var select = db.CreateCommand();
        select.CommandText = $"SELECT * FROM {table} WHERE \"Visibility\" = 'Public'";
        await using var reader = await select.ExecuteReaderAsync();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        List<RowTamper> rows = [];
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(new RowTamper(table, columns, values));
        }
        return rows;
    }

    /// <summary>Changes one random column to another valid-looking value; null when none can be changed.</summary>
    public async Task<Forgery?> EditAsync(DbConnection db, Random random)
    {
        var candidates = Enumerable.Range(0, columns.Length).Where(i => i != _id && Forged(values[i]) is not null).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }
        var column = candidates[random.Next(candidates.Count)];
        var forged = Forged(values[column])!;
        if (await SetAsync(db, column, forged) != 1)
        {
            return null;
        }
        return new Forgery($"{columns[column]} {values[column]} → {forged}", async () => await SetAsync(db, column, values[column]));
    }

    public async Task<Forgery?> DeleteAsync(DbConnection db)
    {
        try
        {
            await using var delete = Command(db, $"DELETE FROM {table} WHERE \"Id\" = @id", ("@id", values[_id]));
            if (await delete.ExecuteNonQueryAsync() != 1)
            {
                return null;
            }
        }
        catch (DbException)
        {
            return null;
        }
        return new Forgery("row deleted", async () =>
        {
            var names = string.Join(", ", columns.Select(c => $"\"{c}\""));
            var parameters = string.Join(", ", columns.Select((_, i) => $"@p{i}"));
            await using var insert = Command(db, $"INSERT INTO {table} ({names}) VALUES ({parameters})",
                [.. values.Select((v, i) => ($"@p{i}", v))]);
            await insert.ExecuteNonQueryAsync();
        });
    }

    private async Task<int> SetAsync(DbConnection db, int column, object value)
    {
        try
        {
            await using var update = Command(db, $"UPDATE {table} SET \"{columns[column]}\" = @v WHERE \"Id\" = @id", ("@v", value), ("@id", values[_id]));
            return await update.ExecuteNonQueryAsync();
        }
        catch (DbException)
        {
            return 0;
        }
    }

    private static object? Forged(object value) => value switch
    {
        string s when s.StartsWith('[') || s.StartsWith('{') || Guid.TryParse(s, out _) => null,
        "Public" => "Shared",
        string s when s.Length >= 5 && char.IsAsciiDigit(s[0]) && s[4] == '-' => (s[0] == '2' ? "1" : "2") + s[1..],
        string s => s + " (edited)",
        long n => n + 1,
        int n => n + 1,
        short n => (short)(n + 1),
        double d => d + 1,
        decimal d => d + 1,
        bool b => !b,
        DateTime t => t.AddDays(1),
        DateOnly d => d.AddDays(1),
        DateTimeOffset t => t.AddDays(1),
        _ => null,
    };

    private static DbCommand Command(DbConnection db, string sql, params (string Name, object Value)[] parameters)
    {
        var command = db.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>What was forged, and how to undo it.</summary>
    internal sealed record Forgery(string Description, Func<Task> Undo);
}
