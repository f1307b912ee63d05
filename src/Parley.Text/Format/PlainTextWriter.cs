using System.Globalization;
using System.Text;

namespace Parley.Text.Format;

/// <summary>
/// Writes the contract's plain-text form. With the default (English) labels the output is the text's
/// canonical form, the bytes its version hash covers.
/// </summary>
public static class PlainTextWriter
{
    /// <summary>The plain-text form: title, articles with <c>Article N.</c> labels, clauses separated by blank lines.</summary>
    public static string Write(NegotiatingText text, TextLanguage? labels = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var label = (labels ?? TextLanguage.English).ArticleLabel;
        var sb = new StringBuilder(4096);
        sb.Append("# ").Append(text.Title).Append('\n');
        for (var a = 0; a < text.Articles.Count; a++)
        {
            var article = text.Articles[a];
            sb.Append('\n').Append("## ").Append(label).Append(' ').Append((a + 1).ToString(CultureInfo.InvariantCulture)).Append(". ")
                .Append(article.Heading).Append('\n');
            for (var c = 0; c < article.Clauses.Count; c++)
            {
                if (c > 0)
                    sb.Append('\n');
                AppendClause(sb, article.Clauses[c]);
                sb.Append('\n');
            }
        }
        return sb.ToString();
    }

    /// <summary>One clause on one line, brackets and escapes as the contract writes them.</summary>
    public static string WriteClause(Clause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var sb = new StringBuilder(256);
        AppendClause(sb, clause);
        return sb.ToString();
    }

    internal static void AppendClause(StringBuilder sb, Clause clause)
    {
        foreach (var segment in clause.Segments)
        {
            if (segment is Words w)
            {
                AppendEscaped(sb, w.Text);
                continue;
            }
            var bracket = (Bracket)segment;
            sb.Append('[');
            for (var i = 0; i < bracket.Alternatives.Count; i++)
            {
                if (i > 0)
                    sb.Append(" | ");
                var alternative = bracket.Alternatives[i];
                if (alternative.Party is not null)
                    sb.Append(alternative.Party).Append(": ");
                AppendEscaped(sb, alternative.Text);
            }
            sb.Append(']');
        }
    }

    private static void AppendEscaped(StringBuilder sb, string text)
    {
        foreach (var ch in text)
        {
            if (ch is '[' or ']' or '|' or '\\')
                sb.Append('\\');
            sb.Append(ch);
        }
    }
}
