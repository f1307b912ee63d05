using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Parley.Cli.Tests.Infrastructure;

namespace Parley.Cli.Tests.Commands;

public sealed class TextCommandTests
{
    private const string Round1 = """
        # Memorandum on a ceasefire and humanitarian measures

        ## Article 1. Ceasefire
        The Parties shall observe a [UA: full and unconditional | RU: limited] ceasefire [UA: of at least 30 days | RU: ].

        The ceasefire shall be monitored by [the Parties jointly | UA: an international mission].

        ## Article 2. Prisoners
        The Parties shall exchange all prisoners of war on the principle of "all for all".
        """;

    private static string Write(TempDirectory data, string name, string text)
    {
        var path = Path.Combine(data.Path, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public async Task Import_then_show_json_gives_the_contracts_shape_and_progress()
    {
        using var data = new TempDirectory();
        var import = await ParleyTool.RunAsync(data.Path, "text", "import", Write(data, "r1.txt", Round1), "--round", "1");
        Assert.True(import.ExitCode == 0, import.Stderr);
        var id = import.Stdout.TrimEnd().Split('\n')[^1];

        var show = await ParleyTool.RunAsync(data.Path, "text", "show", id, "--json");
        Assert.True(show.ExitCode == 0, show.Stderr);
        using var json = JsonDocument.Parse(show.Stdout);
        var root = json.RootElement;
        Assert.Equal(id, root.GetProperty("id").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var clause = root.GetProperty("articles")[0].GetProperty("clauses")[0];
        Assert.Equal(("1.1", "bracketed"), (clause.GetProperty("number").GetString(), clause.GetProperty("status").GetString()));
        var alternatives = clause.GetProperty("segments")[1].GetProperty("alternatives");
        Assert.Equal(("UA", "limited"), (alternatives[0].GetProperty("party").GetString(), alternatives[1].GetProperty("text").GetString()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("articles")[0].GetProperty("clauses")[1].GetProperty("segments")[1].GetProperty("alternatives")[0].GetProperty("party").ValueKind);
        var progress = root.GetProperty("progress");
        Assert.Equal((3, 1, 2, 3), (progress.GetProperty("clauses").GetInt32(), progress.GetProperty("agreed").GetInt32(), progress.GetProperty("bracketed").GetInt32(), progress.GetProperty("brackets").GetInt32()));
    }

    [Fact]
    public async Task Import_next_version_diff_and_export_text_round_trip_with_the_hash()
    {
        using var data = new TempDirectory();
        var id = (await ParleyTool.RunAsync(data.Path, "text", "import", Write(data, "r1.txt", Round1))).Stdout.TrimEnd().Split('\n')[^1];
        var round2 = Round1.Replace("[UA: full and unconditional | RU: limited]", "full", StringComparison.Ordinal) + "\n\nBodies of the fallen shall be returned.";
        var next = await ParleyTool.RunAsync(data.Path, "text", "import", Write(data, "r2.txt", round2), "--text", id, "--round", "2");
        Assert.True(next.ExitCode == 0, next.Stderr);
        Assert.Equal("2", next.Stdout.TrimEnd().Split('\n')[^1]);

        var diff = await ParleyTool.RunAsync(data.Path, "text", "diff", id, "1", "2", "--json");
        using var json = JsonDocument.Parse(diff.Stdout);
        Assert.Equal(["1.1"], json.RootElement.GetProperty("changed").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["2.2"], json.RootElement.GetProperty("added").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(json.RootElement.GetProperty("removed").EnumerateArray());
        Assert.Equal(1, json.RootElement.GetProperty("bracketsClosed").GetInt32());

        var file = Path.Combine(data.Path, "v1.txt");
        var export = await ParleyTool.RunAsync(data.Path, "text", "export", id, "--version", "1", "--format", "text", "--out", file);
        Assert.True(export.ExitCode == 0, export.Stderr);
        Assert.Equal(Round1 + "\n", await File.ReadAllTextAsync(file));
        var show = await ParleyTool.RunAsync(data.Path, "text", "show", id, "--version", "1", "--json");
        using var shown = JsonDocument.Parse(show.Stdout);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file))), shown.RootElement.GetProperty("hash").GetString());
    }

    [Fact]
    public async Task Import_malformed_text_exits_2_with_line_column_and_stores_nothing()
    {
        using var data = new TempDirectory();
        var id = (await ParleyTool.RunAsync(data.Path, "text", "import", Write(data, "r1.txt", Round1))).Stdout.TrimEnd().Split('\n')[^1];

        var bad = await ParleyTool.RunAsync(data.Path, "text", "import", Write(data, "bad.txt", "# T\n## A\nThe [XX: words] here."), "--text", id);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("bad.txt: line 3, column 6: 'XX' is not a known party", bad.Stderr, StringComparison.Ordinal);

        var missing = await ParleyTool.RunAsync(data.Path, "text", "show", id, "--version", "2");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("has no version 2", missing.Stderr, StringComparison.Ordinal);

        var nested = await ParleyTool.RunAsync(data.Path, "text", "import", Write(data, "nested.txt", "# T\n## A\n[UA: a [RU: b] c]"));
        Assert.Equal(2, nested.ExitCode);
        Assert.Contains("line 3, column 8: brackets do not nest", nested.Stderr, StringComparison.Ordinal);
    }
}
