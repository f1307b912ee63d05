using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Parley.Analysis;

namespace Parley.Cli.Tests.Commands;

/// <summary>Runs the real <c>parley</c> executable on real files, under a culture whose decimal separator is a comma.</summary>
public sealed class AnalyseCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parley-analyse-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    private static (int Code, string Out, string Err) Parley(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "parley.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["LC_ALL"] = "de_DE.UTF-8";
        start.Environment["LANG"] = "de_DE.UTF-8";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    private string WriteExample()
    {
        var path = Path.Combine(_dir, "istanbul-2025.json");
        File.WriteAllText(path, Examples.Istanbul2025Json);
        return path;
    }

    [Fact]
    public void Frontier_example_writes_every_frontier_point_with_invariant_numbers()
    {
        var csv = Path.Combine(_dir, "frontier.csv");
        var (code, _, err) = Parley("analyse", "frontier", WriteExample(), "--out", csv);
        Assert.True(code == 0, err);
        var lines = File.ReadAllLines(csv);
        Assert.Equal("o_nato,o_military size,o_territory,o_ceasefire,o_prisoners,o_children,o_sanctions,u_Ukraine,u_Russia", lines[0]);
        var analysis = NegotiationAnalysis.Create(Examples.Istanbul2025());
        Assert.Equal(analysis.Frontier.Count, lines.Length - 1);
        var instance = analysis.Instance;
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            Assert.Equal(9, cells.Length);
            var options = cells[..7].Select(int.Parse).ToArray();
            for (var p = 0; p < 2; p++)
            {
                var party = instance.Parties[p];
                var expected = Enumerable.Range(0, 7).Sum(i => party.Weights[i] / party.Weights.Sum() * party.Values[i][options[i]]);
                Assert.Equal(expected, double.Parse(cells[7 + p], CultureInfo.InvariantCulture), 1e-9);
            }
        }
    }

    [Fact]
    public void Solutions_json_example_has_no_zone_and_a_concession()
    {
        var (code, output, err) = Parley("analyse", "solutions", WriteExample(), "--json");
        Assert.True(code == 0, err);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(0, root.GetProperty("zopa_size").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("nash").ValueKind);
        var concessions = root.GetProperty("concessions");
        var reductions = concessions.GetProperty("reductions").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var expected = NegotiationAnalysis.Create(Examples.Istanbul2025()).Result.Concessions!;
        Assert.Equal(expected.Reductions, reductions);
        Assert.Equal(7, concessions.GetProperty("options").GetArrayLength());
        Assert.DoesNotContain("0,0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Solutions_genius_and_geniusweb_inputs_match_the_contract_json()
    {
        var fromJson = Parley("analyse", "solutions", DataFile("equivalent.json"), "--json");
        var fromGenius = Parley("analyse", "solutions", DataFile("domain.xml"), DataFile("Ukraine.xml"), DataFile("Russia.xml"), "--json");
        var fromWeb = Parley("analyse", "solutions", DataFile("ukraine-web.json"), DataFile("russia-web.json"), "--json");
        Assert.True(fromGenius.Code == 0, fromGenius.Err);
        Assert.True(fromWeb.Code == 0, fromWeb.Err);
        Assert.Equal(fromJson.Out, fromGenius.Out);
        using var web = JsonDocument.Parse(fromWeb.Out);
        Assert.True(web.RootElement.GetProperty("zopa_size").GetInt32() > 0);
    }

    [Fact]
    public void Solutions_table_names_options_and_the_concession()
    {
        var (code, output, err) = Parley("analyse", "solutions", WriteExample());
        Assert.True(code == 0, err);
        Assert.Contains("No package is acceptable to all", output, StringComparison.Ordinal);
        Assert.Contains("Ukraine by 0.0115", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Solutions_bad_value_exits_non_zero_naming_party_issue_and_field()
    {
        var path = Path.Combine(_dir, "bad.json");
        File.WriteAllText(path, File.ReadAllText(DataFile("equivalent.json")).Replace("[0.2, 1.0]", "[0.2, 1.7]", StringComparison.Ordinal));
        var (code, output, err) = Parley("analyse", "solutions", path, "--json");
        Assert.NotEqual(0, code);
        Assert.Equal("", output);
        Assert.Contains("party 'Russia', issue 'prisoners', field 'values[1][1]'", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Frontier_missing_file_exits_non_zero()
    {
        var (code, _, err) = Parley("analyse", "frontier", Path.Combine(_dir, "absent.json"));
        Assert.NotEqual(0, code);
        Assert.Contains("absent.json", err, StringComparison.Ordinal);
    }
}
