using System.Text.Json;
using Npgsql;
using Parley.Cli.Tests.Infrastructure;

namespace Parley.Cli.Tests.Commands;

public sealed class ExportCommandTests
{
    [Fact]
    public async Task Export_json_public_scope_has_the_demo_and_no_private_notes()
    {
        using var data = new TempDirectory();
        var output = Path.Combine(data.Path, "out");
        var run = await ParleyTool.RunAsync(data.Path, "export", "--format", "json", "--out", output);
        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "parley-record.json")));
        var root = document.RootElement;
        Assert.Equal(3, root.GetProperty("rounds").GetArrayLength());
        Assert.Equal(4, root.GetProperty("parties").GetArrayLength());
        Assert.Equal(0, root.GetProperty("notes").GetArrayLength());
        Assert.Contains("Володимир Зеленський", root.GetProperty("persons").GetRawText(), StringComparison.Ordinal);
        Assert.All(root.GetProperty("positions").EnumerateArray(), p => Assert.Equal("Public", p.GetProperty("visibility").GetString()));
    }

    [Fact]
    public async Task Export_mediator_scope_never_includes_a_partys_draft()
    {
        using var data = new TempDirectory();
        var output = Path.Combine(data.Path, "out");
        Assert.Equal(0, (await ParleyTool.RunAsync(data.Path, "export", "--out", output, "--scope", "mediator")).ExitCode);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "parley-record.json")));
        var visibilities = document.RootElement.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("visibility").GetString()).Order().ToList();
        Assert.Equal(["MediatorOnly", "Shared"], visibilities);
    }

    [Fact]
    public async Task Export_csv_writes_one_file_per_kind_with_header_and_rows()
    {
        using var data = new TempDirectory();
        var output = Path.Combine(data.Path, "csv");
        var run = await ParleyTool.RunAsync(data.Path, "export", "--format", "csv", "--out", output);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(10, Directory.GetFiles(output, "*.csv").Length);
        var rounds = await File.ReadAllLinesAsync(Path.Combine(output, "rounds.csv"));
        Assert.StartsWith("id,number,venue,city,hostParty,startsOn,endsOn", rounds[0], StringComparison.Ordinal);
        Assert.Equal(4, rounds.Length);
        Assert.Contains(rounds, line => line.Contains("Dolmabahçe Palace", StringComparison.Ordinal) && line.Contains("2025-05-16", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_unknown_format_fails()
    {
        using var data = new TempDirectory();
        var run = await ParleyTool.RunAsync(data.Path, "export", "--format", "xml", "--out", Path.Combine(data.Path, "x"));
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("xml", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_and_users_work_against_postgresql_with_db()
    {
        var server = Parley.Tests.Shared.TestServers.Postgres;
        var name = "parley_cli_" + Guid.NewGuid().ToString("N")[..16];
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        using var data = new TempDirectory();
        try
        {
            Assert.Equal(0, (await ParleyTool.RunAsync(data.Path, "users", "add", "--db", connection, "--email", "m@example.org", "--role", "mediator", "--password", "Mediator-pass-1")).ExitCode);
            Assert.Contains("m@example.org", (await ParleyTool.RunAsync(data.Path, "users", "list", "--db", connection)).Stdout, StringComparison.Ordinal);
            var output = Path.Combine(data.Path, "out");
            Assert.Equal(0, (await ParleyTool.RunAsync(data.Path, "export", "--db", connection, "--out", output)).ExitCode);
            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "parley-record.json")));
            Assert.Equal(3, document.RootElement.GetProperty("rounds").GetArrayLength());
            Assert.False(File.Exists(Path.Combine(data.Path, "parley.db")));
        }
        finally
        {
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
