using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Parley.Linkage.Compare;

/// <summary>
/// The Lucene.Net baseline: the right list's family + given names, normalised as the SQL baseline
/// does (<see cref="Latin.Normalise"/>), indexed as whitespace tokens; each left record is queried
/// with a fuzzy term (edit distance 2) per name token, all but one of which must match (so a
/// Ukrainian/Russian given-name form or a typo beyond two edits can miss), and the best-scoring hit
/// whose date of birth agrees (same full date, or same year when either is partial; unknown passes)
/// is the match. The index is on disk (memory-mapped): Lucene.Net's RAMDirectory is several times
/// slower under concurrent search. Queries run on all cores.
/// </summary>
internal sealed class LuceneContender : IContender
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const int Hits = 10;

    public string Name => "Lucene.Net fuzzy";

    public ContenderRun Link(Dataset data, IReadOnlyList<Person> left)
    {
        var clock = Stopwatch.StartNew();
        var path = System.IO.Directory.CreateTempSubdirectory("parley-lucene-").FullName;
        try
        {
            return Run(data, left, path, clock);
        }
        finally
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }

    private static ContenderRun Run(Dataset data, IReadOnlyList<Person> lefts, string path, Stopwatch clock)
    {
        using var directory = FSDirectory.Open(path);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, new WhitespaceAnalyzer(Version))))
        {
            foreach (var p in data.Right)
            {
                writer.AddDocument(
                [
                    new StringField("id", p.Id, Field.Store.YES),
                    new TextField("name", Latin.Normalise(p.Family) + " " + Latin.Normalise(p.Given), Field.Store.NO),
                    new StoredField("dob", p.Dob),
                ]);
            }

            writer.ForceMerge(1);
            writer.Commit();
        }

        var indexed = clock.Elapsed;
        using var index = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(index);
        var matches = new (string, string)?[lefts.Count];
        Parallel.For(0, lefts.Count, i =>
        {
            var left = lefts[i];
            var query = new BooleanQuery();
            var tokens = (Latin.Normalise(left.Family) + " " + Latin.Normalise(left.Given))
                .Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length == 0 || tokens.Length > BooleanQuery.MaxClauseCount)
            {
                return;
            }

            foreach (var token in tokens)
            {
                query.Add(new FuzzyQuery(new Term("name", token), maxEdits: 2), Occur.SHOULD);
            }

            query.MinimumNumberShouldMatch = Math.Max(1, tokens.Length - 1);

            foreach (var hit in searcher.Search(query, Hits).ScoreDocs)
            {
                var document = searcher.Doc(hit.Doc);
                if (DatesAgree(left.Dob, document.Get("dob", CultureInfo.InvariantCulture)))
                {
                    matches[i] = (left.Id, document.Get("id", CultureInfo.InvariantCulture));
                    break;
                }
            }
        });
        return new ContenderRun([.. matches.Where(m => m.HasValue).Select(m => m!.Value)], indexed, clock.Elapsed - indexed);
    }

    private static bool DatesAgree(string left, string right) =>
        left.Length == 0 || right.Length == 0
        || (left.Length == 10 && right.Length == 10 ? left == right : left[..4] == right[..4]);
}
