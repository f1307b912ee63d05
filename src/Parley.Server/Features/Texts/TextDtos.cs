using System.Text.Json.Serialization;
using Parley.Application.Text;
using Parley.Domain.Access;
using Parley.Text;
using Parley.Text.Compare;
using Parley.Text.Format;

namespace Parley.Server.Features.Texts;

/// <summary>One wording in a bracket: the proposing party's ISO code (null: the chair's) and its words (empty: delete).</summary>
public sealed record AlternativeDto(string? Party, string Text);

/// <summary>Words, or a bracket of alternatives (the contract's JSON shape).</summary>
public sealed record SegmentDto(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<AlternativeDto>? Alternatives);

/// <summary>A clause: number, status (bracketed / agreed), its plain-text form and its segments.</summary>
public sealed record ClauseDto(string Number, string Status, string Wording, IReadOnlyList<SegmentDto> Segments);

/// <summary>Clauses counted: all, agreed, bracketed, and the brackets still open.</summary>
public sealed record ProgressDto(int Clauses, int Agreed, int Bracketed, int Brackets)
{
    public static ProgressDto Of(Progress p) => new(p.Clauses, p.Agreed, p.Bracketed, p.Brackets);
}

/// <summary>An article with its clauses and progress.</summary>
public sealed record ArticleDto(int Number, string Heading, ProgressDto Progress, IReadOnlyList<ClauseDto> Clauses);

/// <summary>
/// One version of a text. <c>newerVersionExists</c> tells a reader of an older version (or one whose page has gone
/// stale) that the chair has stored another since.
/// </summary>
public sealed record TextDocumentDto(
    Guid Id, string Title, int Version, int LatestVersion, bool NewerVersionExists, int? Round, string Language,
    Visibility Visibility, string Hash, bool Agreed, AgreementStatus Agreement, IReadOnlyList<string> InitialledBy, IReadOnlyList<string> AwaitingInitials,
    ProgressDto Progress, IReadOnlyList<ArticleDto> Articles)
{
    public static TextDocumentDto Of(TextView view, AgreementView agreement)
    {
        var initialled = agreement.Status == AgreementStatus.Initialled;
        var text = view.Text;
        var progress = view.Progress;
        var articles = text.Articles.Select((a, i) => new ArticleDto(i + 1, a.Heading, ProgressDto.Of(progress.Articles[i].Progress),
            [.. a.Clauses.Select((c, j) => Clause(new ClauseNumber(i + 1, j + 1), c, initialled))])).ToList();
        return new(view.Id, text.Title, view.Version, view.LatestVersion, view.LatestVersion > view.Version, view.Round, view.Language,
            view.Visibility, view.Hash, text.IsFullyAgreed, agreement.Status, [.. agreement.Initials.Select(i => i.Party)], agreement.Missing,
            ProgressDto.Of(progress.Overall), articles);
    }

    public static ClauseDto Clause(ClauseNumber number, Clause clause, bool initialled = false) => new(
        number.ToString(), !clause.IsAgreed ? "bracketed" : initialled ? "initialled" : "agreed", PlainTextWriter.WriteClause(clause),
        [.. clause.Segments.Select(s => s is Bracket b
            ? new SegmentDto(null, [.. b.Alternatives.Select(a => new AlternativeDto(a.Party, a.Text))])
            : new SegmentDto(((Words)s).Text, null))]);
}

/// <summary>A text in the list.</summary>
public sealed record TextSummaryDto(Guid Id, string Title, string Language, Visibility Visibility, int Version, int? Round, string Hash, ProgressDto Progress, DateTime UpdatedUtc)
{
    public static TextSummaryDto Of(TextSummary s) => new(s.Id, s.Title, s.Language, s.Visibility, s.Version, s.Round, s.Hash, ProgressDto.Of(s.Progress), s.UpdatedUtc);
}

/// <summary>A stored version: where to read it, its number and hash.</summary>
public sealed record StoredVersionDto(Guid Id, int Version, string Hash);

/// <summary>A run of the redline: kept, added or removed, and its words (brackets and proposers as in the plain-text form).</summary>
public sealed record RunDto(ChangeKind Kind, string Text);

/// <summary>One clause of a redline.</summary>
public sealed record ClauseRedlineDto(string Number, ClauseChange Change, int WordsAdded, int WordsRemoved, int BracketsOpened, int BracketsClosed, IReadOnlyList<RunDto> Runs);

/// <summary>The redline between two versions, with the contract's diff lists and totals.</summary>
public sealed record RedlineDto(
    int From, int To, IReadOnlyList<string> Changed, IReadOnlyList<string> Added, IReadOnlyList<string> Removed,
    int WordsAdded, int WordsRemoved, int BracketsOpened, int BracketsClosed, IReadOnlyList<ClauseRedlineDto> Clauses)
{
    public static RedlineDto Of(int from, int to, Redline r) => new(from, to, r.Changed, r.Added, r.Removed, r.WordsAdded, r.WordsRemoved, r.BracketsOpened, r.BracketsClosed,
        [.. r.Clauses.Select(c => new ClauseRedlineDto(c.Number.ToString(), c.Change, c.WordsAdded, c.WordsRemoved, c.BracketsOpened, c.BracketsClosed,
            [.. c.Runs.Select(run => new RunDto(run.Kind, Words(run.Tokens)))]))]);

    public static string Words(IEnumerable<Token> tokens) => string.Join(' ', tokens.Select(t => t.Kind == TokenKind.Proposer ? (t.Text.Length == 0 ? "" : t.Text + ":") : t.Text).Where(t => t.Length > 0));
}

/// <summary>The clause in one version.</summary>
public sealed record ClauseStateDto(int Version, int? Round, ClauseChange Change, string? Wording, string? Status);

/// <summary>A wording proposed for a clause: by whom, first and last version that held it, whether it still stands.</summary>
public sealed record WordingDto(string? Party, string Text, int FirstVersion, int? FirstRound, int LastVersion, bool Standing);

/// <summary>A clause across versions.</summary>
public sealed record ClauseHistoryDto(string Number, int? AgreedSince, IReadOnlyList<ClauseStateDto> States, IReadOnlyList<WordingDto> Wordings)
{
    public static ClauseHistoryDto Of(ClauseHistory h) => new(h.Number.ToString(), h.AgreedSince,
        [.. h.States.Select(s => new ClauseStateDto(s.Version, s.Round, s.Change, s.Clause is null ? null : PlainTextWriter.WriteClause(s.Clause), s.Clause is null ? null : s.Clause.IsAgreed ? "agreed" : "bracketed"))],
        [.. h.Wordings.Select(w => new WordingDto(w.Party, w.Text, w.FirstVersion, w.FirstRound, w.LastVersion, w.Standing))]);
}

/// <summary>An article's progress in one version.</summary>
public sealed record ArticleProgressDto(int Number, string Heading, ProgressDto Progress);

/// <summary>Progress of one version, overall and per article.</summary>
public sealed record VersionProgressDto(int Version, int? Round, string Hash, ProgressDto Progress, IReadOnlyList<ArticleProgressDto> Articles)
{
    public static VersionProgressDto Of(VersionProgress v) => new(v.Version, v.Round, v.Hash, ProgressDto.Of(v.Progress.Overall),
        [.. v.Progress.Articles.Select(a => new ArticleProgressDto(a.Article, a.Heading, ProgressDto.Of(a.Progress)))]);
}

/// <summary>A clause edit: the clause in the plain-text form and the version it was read at.</summary>
public sealed record EditClauseBody(string? Wording, int? ExpectedVersion, int? Round);
