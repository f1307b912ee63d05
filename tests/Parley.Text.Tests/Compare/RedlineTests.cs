using CsCheck;
using Parley.Text.Compare;

namespace Parley.Text.Tests.Compare;

public sealed class RedlineTests
{
    private const string Round1 = """
        # M
        ## A
        The Parties shall observe a [UA: full | RU: limited] ceasefire [UA: of 30 days | RU: ].

        Monitoring by [the Parties | UA: a mission].
        ## B
        Exchange all for all.
        """;

    private const string Round2 = """
        # M
        ## A
        The Parties shall observe a full ceasefire [UA: of 30 days | RU: of 10 days].

        Monitoring by [the Parties | UA: a mission].
        ## B
        Exchange all for all, [RU: in stages].

        Bodies shall be returned.
        """;

    [Fact]
    public void Between_rounds_lists_changed_added_and_removed_clauses_by_number()
    {
        var redline = Redline.Between(Samples.Parse(Round1), Samples.Parse(Round2));
        Assert.Equal(["1.1", "2.1"], redline.Changed);
        Assert.Equal(["2.2"], redline.Added);
        Assert.Empty(redline.Removed);

        var back = Redline.Between(Samples.Parse(Round2), Samples.Parse(Round1));
        Assert.Equal(["2.2"], back.Removed);
    }

    [Fact]
    public void Between_rounds_counts_brackets_closed_and_opened_and_words()
    {
        var clause = Redline.Between(Samples.Parse(Round1), Samples.Parse(Round2)).Clauses[0];
        Assert.Equal(ClauseChange.Changed, clause.Change);
        Assert.Equal(1, clause.BracketsClosed);
        Assert.Equal(0, clause.BracketsOpened);
        // "limited" and the empty RU wording go; "of 10 days" comes in.
        Assert.Equal(["limited"], clause.Runs.Where(r => r.Kind == ChangeKind.Removed).SelectMany(r => r.Tokens).Where(t => t.Kind == Parley.Text.Compare.TokenKind.Word).Select(t => t.Text));
        Assert.Equal(3, clause.WordsAdded);

        var prisoners = Redline.Between(Samples.Parse(Round1), Samples.Parse(Round2)).Clauses.Single(c => c.Number == new ClauseNumber(2, 1));
        Assert.Equal((1, 0), (prisoners.BracketsOpened, prisoners.BracketsClosed));
    }

    [Fact]
    public void Between_a_version_and_itself_is_all_kept()
    {
        var text = Samples.Parse(Round2);
        var redline = Redline.Between(text, text);
        Assert.All(redline.Clauses, c => Assert.Equal(ClauseChange.Unchanged, c.Change));
        Assert.All(redline.Clauses.SelectMany(c => c.Runs), r => Assert.Equal(ChangeKind.Kept, r.Kind));
        Assert.Equal((0, 0, 0, 0), (redline.WordsAdded, redline.WordsRemoved, redline.BracketsOpened, redline.BracketsClosed));
    }

    [Fact]
    public void Runs_replay_to_the_newer_and_older_clause()
    {
        Gen.Select(TextGen.Clause, TextGen.Clause).Sample((a, b) =>
        {
            var runs = Redline.Of(new(1, 1), a, b).Runs;
            var kept = runs.Where(r => r.Kind != ChangeKind.Added).SelectMany(r => r.Tokens);
            var made = runs.Where(r => r.Kind != ChangeKind.Removed).SelectMany(r => r.Tokens);
            return kept.SequenceEqual(Token.Of(a)) && made.SequenceEqual(Token.Of(b));
        }, iter: 1000);
    }

    [Fact]
    public void History_names_who_proposed_each_wording_and_in_which_round()
    {
        var third = Round2.Replace("[UA: of 30 days | RU: of 10 days]", "of 30 days", StringComparison.Ordinal);
        var versions = new[] { new TextVersion(1, 1, Samples.Parse(Round1)), new TextVersion(2, 2, Samples.Parse(Round2)), new TextVersion(3, 3, Samples.Parse(third)) };

        var history = ClauseHistory.Of(versions, new ClauseNumber(1, 1));

        Assert.Equal([ClauseChange.Added, ClauseChange.Changed, ClauseChange.Changed], history.States.Select(s => s.Change));
        Assert.Equal(3, history.AgreedSince);
        var tenDays = history.Wordings.Single(w => w.Text == "of 10 days");
        Assert.Equal(("RU", 2, (int?)2, 2, false), (tenDays.Party, tenDays.FirstVersion, tenDays.FirstRound, tenDays.LastVersion, tenDays.Standing));
        var thirty = history.Wordings.Single(w => w.Text == "of 30 days");
        Assert.Equal(("UA", 1, 2), (thirty.Party, thirty.FirstVersion, thirty.LastVersion));
        Assert.Null(ClauseHistory.Of(versions, new ClauseNumber(1, 2)).AgreedSince);
        Assert.Equal([ClauseChange.Unchanged, ClauseChange.Added, ClauseChange.Unchanged], ClauseHistory.Of(versions, new ClauseNumber(2, 2)).States.Select(s => s.Change));
    }
}
