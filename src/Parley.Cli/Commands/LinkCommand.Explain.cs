using System.Globalization;
using System.Text;
using Parley.Domain.Humanitarian;
using Parley.Linkage;
using Parley.Linkage.Model;

namespace Parley.Cli.Commands;

internal static partial class LinkCommand
{
    /// <summary>
    /// <c>--explain FILE</c>: the match-weight waterfall of every written pair, one row per step (prior, each
    /// comparison with its m, u and weight in bits, the names' frequency adjustments, the one-to-one correction),
    /// and what the evidence lacked — a table a spreadsheet can chart as Splink's waterfall.
    /// </summary>
    private static void WriteExplanations(FileInfo file, List<PersonRecord> left, List<PersonRecord> right, LinkResult result)
    {
        var temporary = file.FullName + ".partial";
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false), 1 << 16))
        {
            writer.NewLine = "\n";
            writer.WriteLine("left_id,right_id,decision,score,lacking,step,name,level,m,u,log2_weight,probability");
            foreach (var p in result.Pairs)
            {
                var explanation = result.Explain(p);
                var head = string.Join(',',
                    Quote(left[p.LeftIndex].Id), Quote(right[p.RightIndex].Id), p.Decision == LinkDecision.Match ? "match" : "review",
                    p.Score.ToString("0.0000", CultureInfo.InvariantCulture), Quote(Lacking(p.Gaps)));
                for (var i = 0; i < explanation.Steps.Count; i++)
                {
                    var s = explanation.Steps[i];
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{head},{i + 1},{Quote(s.Name)},{Quote(s.Level)},{s.M:0.######},{s.U:0.########},{s.Log2Weight:0.000},{s.Probability:0.000000}"));
                }
            }
        }

        File.Move(temporary, file.FullName, overwrite: true);
    }

    /// <summary>The flags as the words of the explain file and the review page's filter: <c>no-dob no-patronymic namesake</c>.</summary>
    internal static string Lacking(EvidenceGaps gaps)
    {
        var words = new List<string>(4);
        if (gaps.HasFlag(EvidenceGaps.NoDateOfBirth))
        {
            words.Add("no-dob");
        }

        if (gaps.HasFlag(EvidenceGaps.PartialDateOfBirth))
        {
            words.Add("partial-dob");
        }

        if (gaps.HasFlag(EvidenceGaps.NoPatronymic))
        {
            words.Add("no-patronymic");
        }

        if (gaps.HasFlag(EvidenceGaps.NamesakeNearby))
        {
            words.Add("namesake");
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// <c>--learn DECISIONS.csv</c> (<c>left_id,right_id,same</c> with <c>same</c> = yes/no): officers' decisions
    /// turned into labelled pairs of the two lists. Null with <paramref name="failure"/> set when a line is bad.
    /// </summary>
    private static List<LabelledPair>? ReadDecisions(FileInfo file, List<PersonRecord> left, List<PersonRecord> right, out string? failure)
    {
        failure = null;
        var leftById = left.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var rightById = right.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var decisions = new List<LabelledPair>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(file.FullName, Encoding.UTF8))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
            {
                continue;
            }

            var f = line.Split(',');
            string? reason = f.Length < 3 ? "needs left_id,right_id,same"
                : !leftById.ContainsKey(f[0]) ? $"left_id '{f[0]}' is not in the left list"
                : !rightById.ContainsKey(f[1]) ? $"right_id '{f[1]}' is not in the right list"
                : f[2].Trim().ToLowerInvariant() is not ("yes" or "no" or "true" or "false" or "1" or "0") ? $"same must be yes or no, got '{f[2]}'"
                : null;
            if (reason is not null)
            {
                failure = $"error: {file.Name}: line {lineNumber}: {reason}.{Environment.NewLine}";
                return null;
            }

            decisions.Add(new LabelledPair(leftById[f[0]], rightById[f[1]], f[2].Trim().ToLowerInvariant() is "yes" or "true" or "1"));
        }

        return decisions;
    }
}
