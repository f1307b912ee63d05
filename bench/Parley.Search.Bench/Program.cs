using System.Diagnostics;
using System.Globalization;
using Parley.Linkage.Search;
using Parley.Linkage.Synthetic;

// Search over N records (default 100,000): half synthetic persons (names in Ukrainian or Russian Cyrillic or a
// romanisation), half texts (statements, notes, outcomes) drawn from the talks' vocabulary, spread over four
// visibility scopes. Queries are the other list's spelling of a person's name (another script or
// transliteration), one or two topic words, and prefixes. Prints per-query latency percentiles for the index and,
// as the in-process baseline, a linear scan over the same romanised terms.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var queries = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;
var random = new Random(7);
string[] scopes = ["public", "shared", "mediator", "party:UA", "party:RU"];
string[] words =
[
    "prisoner", "exchange", "ceasefire", "children", "deported", "memorandum", "working", "group", "humanitarian",
    "political", "military", "summit", "leaders", "meeting", "Istanbul", "Kursk", "civilians", "bodies", "return",
    "tariffs", "deadline", "sanctions", "territory", "NATO", "полонені", "обмін", "перемир'я", "діти", "пленные",
    "обмен", "перемирие", "дети", "меморандум", "гуманитарная", "list", "339", "1,200", "wounded", "sick",
];

var pair = SyntheticListGenerator.Generate(new SyntheticOptions { LeftCount = count / 2, RightCount = count / 2, Overlap = 0.6, Seed = 7 });
var documents = new List<SearchDocument>(count);
foreach (var person in pair.Left)
{
    documents.Add(new SearchDocument("person", Guid.CreateVersion7(), $"{person.FamilyName} {person.GivenName} {person.Patronymic}", "/parties", scopes[random.Next(scopes.Length)], ""));
}
for (var i = documents.Count; i < count; i++)
{
    var text = string.Join(' ', Enumerable.Range(0, 12 + random.Next(30)).Select(_ => words[random.Next(words.Length)]));
    documents.Add(new SearchDocument("statement", Guid.CreateVersion7(), string.Join(' ', words[random.Next(words.Length)], words[random.Next(words.Length)]), "/statements", scopes[random.Next(scopes.Length)], text));
}

var build = Stopwatch.StartNew();
var index = new SearchIndex();
foreach (var document in documents)
{
    index.Add(document);
}
build.Stop();

var right = pair.Right.ToDictionary(p => p.Id);
var names = pair.Truth.Select(t => right[t.RightId]).Select(p => $"{p.FamilyName} {p.GivenName}").ToList();
var queryTexts = Enumerable.Range(0, queries).Select(i => (i % 4) switch
{
    0 or 1 => names[random.Next(names.Count)],
    2 => $"{words[random.Next(words.Length)]} {words[random.Next(words.Length)]}",
    _ => words[random.Next(words.Length)][..3],
}).ToList();
var viewer = new HashSet<string> { "public", "shared", "party:UA" };

Console.WriteLine($"{count:N0} records ({documents.Count(d => d.Kind == "person"):N0} persons), {queries:N0} queries, {Environment.ProcessorCount} cores; index built in {build.ElapsedMilliseconds:N0} ms");
Console.WriteLine($"{"case",-34} {"p50 ms",8} {"p99 ms",8} {"max ms",8} {"CPU ms/q",9} {"hits/query",11} {"p99 vs scan",12}");
var scanTerms = documents.Select(d => SearchTokens.Of(d.Title + " " + d.Text).ToHashSet(StringComparer.Ordinal)).ToArray();
var scan = Measure("linear scan (baseline)", q => Scan(q), queryTexts.Take(Math.Min(200, queries)).ToList(), null);
Measure("SearchIndex (BM25, prefix on last)", q => index.Search(q, viewer, 20).Count, queryTexts, scan);
return;

int Scan(string query)
{
    var terms = SearchTokens.Of(query);
    var hits = 0;
    for (var d = 0; d < documents.Count; d++)
    {
        if (viewer.Contains(documents[d].Scope) && terms.All(scanTerms[d].Contains))
        {
            hits++;
        }
    }
    return hits;
}

double Measure(string name, Func<string, int> run, List<string> texts, double? baseline)
{
    foreach (var text in texts.Take(50))
    {
        run(text);
    }
    var times = new double[texts.Count];
    long hits = 0;
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    for (var i = 0; i < texts.Count; i++)
    {
        var started = Stopwatch.GetTimestamp();
        hits += run(texts[i]);
        times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
    var cpuPerQuery = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / texts.Count;
    Array.Sort(times);
    var p99 = times[(int)Math.Min(times.Length - 1, Math.Ceiling(times.Length * 0.99) - 1)];
    var ratio = baseline is { } b ? $"{p99 / b:0.0000}×" : "1×";
    Console.WriteLine($"{name,-34} {times[times.Length / 2],8:0.000} {p99,8:0.000} {times[^1],8:0.000} {cpuPerQuery,9:0.000} {(double)hits / texts.Count,11:0.0} {ratio,12}");
    return p99;
}
