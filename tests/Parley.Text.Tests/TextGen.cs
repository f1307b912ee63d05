using CsCheck;

namespace Parley.Text.Tests;

/// <summary>Random texts in the normal form the parser produces (the property tests' domain).</summary>
internal static class TextGen
{
    private static readonly Gen<string> Word = Gen.OneOf(
        "the", "Parties", "shall", "ceasefire", "all", "for", "x:y", "30", "days,", "війна.", "пленные", "\"all", "[", "]", "|", @"\", "a[b]c", "é");

    private static readonly Gen<string> Party = Gen.OneOf<string>("UA", "RU", "US", "TR");

    private static Gen<string> Words(int min, int max) => Word.Array[min, max].Select(w => string.Join(' ', w));

    private static readonly Gen<Alternative> Alternative =
        Gen.Select(Gen.Bool, Party, Words(0, 4), (chair, party, text) => new Alternative(chair ? null : party, text));

    private static readonly Gen<Bracket> Bracket = Alternative.Array[1, 4]
        .Where(a => a is not [{ Party: null, Text.Length: 0 }])
        .Select(a => new Bracket(a));

    /// <summary>A clause: words and brackets alternating, spaces only where the parser keeps them.</summary>
    public static readonly Gen<Clause> Clause = Gen.Bool.Array[1, 6].SelectMany(kinds =>
    {
        // kinds[i] true = bracket; never two word runs in a row.
        var shape = new List<bool>();
        foreach (var k in kinds)
        {
            if (!k && shape.Count > 0 && !shape[^1])
                continue;
            shape.Add(k);
        }
        return Gen.Select(Bracket.Array[shape.Count], Words(1, 5).Array[shape.Count], Gen.Bool.Array[shape.Count], Gen.Bool.Array[shape.Count],
            (brackets, words, spaceBefore, spaceAfter) =>
            {
                var segments = new List<Segment>();
                for (var i = 0; i < shape.Count; i++)
                {
                    if (shape[i])
                    {
                        segments.Add(brackets[i]);
                        continue;
                    }
                    var text = words[i];
                    if (i > 0 && spaceBefore[i])
                        text = " " + text;
                    if (i < shape.Count - 1 && spaceAfter[i])
                        text += " ";
                    segments.Add(new Words(text));
                }
                return new Clause(segments);
            });
    });

    public static readonly Gen<Article> Article = Gen.Select(Words(1, 4), Clause.Array[0, 5], (heading, clauses) => new Article(heading, clauses));

    public static readonly Gen<NegotiatingText> Text = Gen.Select(Words(1, 6), Article.Array[0, 5], (title, articles) => new NegotiatingText(title, articles));
}
