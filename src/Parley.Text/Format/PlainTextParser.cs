using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Text.Format;

/// <summary>
/// Reads the contract's plain-text form (<c>contracts/negotiating-text.md</c>): a <c># </c> title,
/// <c>## </c> articles, clauses as blocks separated by blank lines, brackets with <c> | </c> between
/// alternatives and an optional <c>PARTY:</c> before each.
/// </summary>
public static partial class PlainTextParser
{
    /// <summary>The largest text accepted, in characters (about 4 MB of UTF-8 prose).</summary>
    public const int DefaultMaxChars = 4 * 1024 * 1024;

    private const int MaxErrors = 100;

    /// <summary>
    /// Parses <paramref name="source"/>; every problem is reported with line, column and reason, and no
    /// text is returned when there is one.
    /// </summary>
    /// <param name="source">The file's text (a leading byte-order mark is ignored).</param>
    /// <param name="parties">Who may propose a wording; <see cref="PartyDirectory.Default"/> when null.</param>
    /// <param name="maxChars">Refuse anything longer.</param>
    public static TextParseResult Parse(string source, PartyDirectory? parties = null, int maxChars = DefaultMaxChars)
    {
        ArgumentNullException.ThrowIfNull(source);
        var errors = new List<TextParseError>();
        if (source.Length > maxChars)
            return Fail(1, 1, string.Create(CultureInfo.InvariantCulture, $"the text is {source.Length:N0} characters long; the limit is {maxChars:N0}"));
        var nul = source.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
            return Fail(LineOf(source, nul), 1, "this is not a plain-text file (it holds a NUL character)");

        var state = new State(parties ?? PartyDirectory.Default, errors);
        var lineNumber = 0;
        foreach (var rawLine in source.AsSpan().TrimStart('\uFEFF').EnumerateLines())
        {
            lineNumber++;
            if (errors.Count >= MaxErrors)
                break;
            state.Line(lineNumber, rawLine.ToString());
        }
        state.End(lineNumber);
        return errors.Count > 0 ? new(null, errors) : new(state.Build(), []);

        TextParseResult Fail(int line, int column, string reason) => new(null, [new TextParseError(line, column, reason)]);
    }

    private static int LineOf(string source, int index) => source.AsSpan(0, index).Count('\n') + 1;

    [GeneratedRegex(@"^(?:Article|Стаття|Статья)\s+\d+\.(?:\s+|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArticleLabel();

    private sealed class State(PartyDirectory parties, List<TextParseError> errors)
    {
        private readonly List<(string Heading, List<Clause> Clauses)> _articles = [];
        private readonly List<(int Line, int Column, string Text)> _block = [];
        private string? _title;
        private bool _missingTitleReported;

        public void Line(int number, string line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                Flush();
                return;
            }
            var indent = line.Length - line.TrimStart().Length;
            var level = trimmed == "#" || trimmed.StartsWith("# ", StringComparison.Ordinal) ? 1
                : trimmed == "##" || trimmed.StartsWith("## ", StringComparison.Ordinal) ? 2 : 0;
            if (level == 0)
            {
                if (_title is null)
                    ReportMissingTitle(number, indent + 1);
                _block.Add((number, indent + 1, trimmed));
                return;
            }
            Flush();
            var rest = trimmed[level..].Trim();
            var restColumn = indent + level + 2;
            if (level == 1)
            {
                if (_title is not null || _missingTitleReported)
                    errors.Add(new(number, indent + 1, "a second title: the title is the one '# ' line at the start; articles start with '## '"));
                else if (rest.Length == 0)
                    errors.Add(new(number, restColumn, "the title is empty"));
                _title ??= rest;
                return;
            }
            if (_title is null)
                ReportMissingTitle(number, indent + 1);
            var heading = ArticleLabel().Replace(rest, "", 1);
            if (heading.Length == 0)
                errors.Add(new(number, restColumn, "the article heading is empty"));
            _articles.Add((heading, []));
        }

        public void End(int lastLine)
        {
            Flush();
            if (_title is null && !_missingTitleReported)
                errors.Add(new(Math.Max(1, lastLine), 1, "the text has no title: its first line must be '# ' followed by the title"));
        }

        public NegotiatingText Build() =>
            new(_title!, _articles.Select(a => new Article(a.Heading, a.Clauses)).ToList());

        private void ReportMissingTitle(int line, int column)
        {
            if (_missingTitleReported)
                return;
            _missingTitleReported = true;
            errors.Add(new(line, column, "the text must start with a title line: '# ' followed by the title"));
        }

        private void Flush()
        {
            if (_block.Count == 0)
                return;
            if (_articles.Count == 0)
            {
                if (_title is not null)
                    errors.Add(new(_block[0].Line, _block[0].Column, "a clause must follow an article heading ('## Article 1. Heading')"));
            }
            else if (ClauseParser.Parse(_block, parties, errors) is { } clause)
            {
                _articles[^1].Clauses.Add(clause);
            }
            _block.Clear();
        }
    }
}
