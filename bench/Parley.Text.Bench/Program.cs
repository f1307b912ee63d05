using System.Diagnostics;
using System.Globalization;
using Parley.Reports.TextExports;
using Parley.Text;
using Parley.Text.Akn;
using Parley.Text.Bench;
using Parley.Text.Compare;
using Parley.Text.Format;

// A harness, not BenchmarkDotNet: each figure is the median of several runs after a warm-up, beside a
// baseline measured in the same process (splitting the same file into lines, the least any reader does).
var source = SyntheticText.Build(clauses: 300, brackets: 1000, seed: 42);
var round2 = SyntheticText.Build(clauses: 300, brackets: 1000, seed: 42, resolvedEvery: 5);
var v1 = PlainTextParser.Parse(source).GetValueOrThrow();
var v2 = PlainTextParser.Parse(round2).GetValueOrThrow();
var progress = TextProgress.Of(v1).Overall;
var docx = TextDocx.Render(new TextExport(v1, 1, TextLanguage.English));
var options = new AknExportOptions("bench", 1, new DateOnly(2025, 7, 23), TextLanguage.English);

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Text: {progress.Clauses} clauses, {progress.Brackets} brackets, {source.Length:N0} characters; round 2 closes {TextProgress.Of(v1).Overall.Brackets - TextProgress.Of(v2).Overall.Brackets} brackets"));
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine();

var baseline = Measure(() => source.Split('\n').Length);
var rows = new (string Name, Func<object> Run)[]
{
    ("import (plain text → model)", () => PlainTextParser.Parse(source).GetValueOrThrow()),
    ("import DOCX", () => TextDocxImport.Read(docx).GetValueOrThrow()),
    ("redline v1 → v2 (word level)", () => Redline.Between(v1, v2)),
    ("version hash (SHA-256 of canonical form)", () => VersionHash.Of(v1)),
    ("export plain text", () => PlainTextWriter.Write(v1)),
    ("export Akoma Ntoso", () => AknWriter.Write(v1, options)),
    ("export DOCX", () => TextDocx.Render(new TextExport(v1, 1, TextLanguage.English))),
    ("export PDF", () => TextPdf.Render(new TextExport(v1, 1, TextLanguage.English))),
};

Console.WriteLine($"| {"operation",-42} | {"median ms",10} | {"min ms",8} | {"× baseline",11} | goal    |");
Console.WriteLine($"|{new string('-', 44)}|{new string('-', 12)}|{new string('-', 10)}|{new string('-', 13)}|---------|");
Row("baseline: split the file into lines", baseline, baseline, goal: false);
foreach (var (name, run) in rows)
    Row(name, Measure(run), baseline, goal: true);

static (double Median, double Min) Measure(Func<object> run)
{
    for (var i = 0; i < 3; i++)
        GC.KeepAlive(run());
    var times = new List<double>();
    for (var i = 0; i < 15; i++)
    {
        var sw = Stopwatch.StartNew();
        GC.KeepAlive(run());
        times.Add(sw.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    return (times[times.Count / 2], times[0]);
}

static void Row(string name, (double Median, double Min) t, (double Median, double Min) baseline, bool goal) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name,-42} | {t.Median,10:F2} | {t.Min,8:F2} | {t.Median / baseline.Median,11:F0} | {(goal ? (t.Median < 200 ? "< 200 ✓" : "MISSED") : ""),-7} |"));
