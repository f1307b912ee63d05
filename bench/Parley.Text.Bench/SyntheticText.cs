using System.Globalization;
using System.Text;

namespace Parley.Text.Bench;

/// <summary>A deterministic draft of the benchmark's size: 300 clauses in 30 articles, 1,000 brackets.</summary>
internal static class SyntheticText
{
    private static readonly string[] Words =
        ["the", "Parties", "shall", "observe", "a", "ceasefire", "monitored", "by", "mission", "prisoners", "exchange", "all", "for", "civilians", "return", "within", "days", "of", "signature"];

    public static string Build(int clauses, int brackets, int seed, int resolvedEvery = 0)
    {
        var random = new Random(seed);
        var sb = new StringBuilder("# Synthetic memorandum for the benchmark\n");
        var perArticle = 10;
        var bracketsLeft = brackets;
        for (var c = 0; c < clauses; c++)
        {
            if (c % perArticle == 0)
                sb.Append(CultureInfo.InvariantCulture, $"\n## Article {c / perArticle + 1}. Heading {c / perArticle + 1}\n");
            else
                sb.Append('\n');
            var here = bracketsLeft * 1.0 / (clauses - c);
            var count = (int)here + (random.NextDouble() < here - (int)here ? 1 : 0);
            bracketsLeft -= count;
            for (var b = 0; b <= count; b++)
            {
                AppendWords(sb, random, 6 + random.Next(10));
                if (b == count)
                    break;
                if (resolvedEvery > 0 && (c * 7 + b) % resolvedEvery == 0)
                {
                    sb.Append(" agreed wording ");
                    continue;
                }
                sb.Append(" [UA: ");
                AppendWords(sb, random, 2 + random.Next(4));
                sb.Append(" | RU: ");
                AppendWords(sb, random, 1 + random.Next(4));
                if (b % 3 == 0)
                    sb.Append(" | chair wording");
                sb.Append("] ");
            }
            sb.Append(".\n");
        }
        return sb.ToString();
    }

    private static void AppendWords(StringBuilder sb, Random random, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
                sb.Append(' ');
            sb.Append(Words[random.Next(Words.Length)]);
        }
    }
}
