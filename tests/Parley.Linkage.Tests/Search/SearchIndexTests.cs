using Parley.Linkage.Search;

namespace Parley.Linkage.Tests.Search;

public sealed class SearchIndexTests
{
    private static readonly HashSet<string> Public = ["public"];

    private static SearchIndex Index(params SearchDocument[] documents)
    {
        var index = new SearchIndex();
        foreach (var document in documents)
        {
            index.Add(document);
        }
        return index;
    }

    private static SearchDocument Doc(string title, string text = "", string scope = "public", string kind = "person") =>
        new(kind, Guid.CreateVersion7(), title, "/x", scope, text);

    [Theory]
    [InlineData("Зеленський")]
    [InlineData("Зеленский")]
    [InlineData("Zelenskyy")]
    [InlineData("zelensky")]
    public void Search_name_in_any_script_or_spelling_finds_the_person(string query)
    {
        var person = Doc("Volodymyr Zelenskyy", "Володимир Зеленський");
        var hit = Assert.Single(Index(person, Doc("Vladimir Medinsky")).Search(query, Public));
        Assert.Equal(person, hit.Document);
    }

    [Fact]
    public void Search_document_outside_the_callers_scopes_is_never_returned()
    {
        var index = Index(Doc("Prisoner exchange draft", scope: "party:UA"), Doc("Prisoner exchange", scope: "public"));
        Assert.Equal(["public"], index.Search("prisoner", Public).Select(h => h.Document.Scope));
        Assert.Equal(2, index.Search("prisoner", new HashSet<string> { "public", "party:UA" }).Count);
        Assert.Empty(index.Search("draft", Public));
    }

    [Fact]
    public void Search_every_word_must_match()
    {
        var index = Index(Doc("Prisoner exchange"), Doc("Prisoner of war list"));
        Assert.Equal("Prisoner exchange", Assert.Single(index.Search("prisoner exchange", Public)).Document.Title);
    }

    [Fact]
    public void Search_last_word_matches_as_a_prefix()
    {
        Assert.Single(Index(Doc("Ceasefire")).Search("cease", Public));
        Assert.Empty(Index(Doc("Ceasefire")).Search("cease talks", Public));
    }

    [Fact]
    public void Search_title_match_ranks_above_a_text_match()
    {
        var inTitle = Doc("Ceasefire", "a proposal");
        var inText = Doc("Round 3 outcomes", "Ukraine called for a full ceasefire and more");
        var hits = Index(inText, inTitle).Search("ceasefire", Public);
        Assert.Equal([inTitle, inText], hits.Select(h => h.Document));
    }

    [Fact]
    public void Search_empty_or_punctuation_query_finds_nothing()
    {
        Assert.Empty(Index(Doc("Ceasefire")).Search(" ,.; ", Public));
    }

    [Fact]
    public void Tokens_numbers_stay_and_apostrophes_join_the_word()
    {
        Assert.Equal(["1", "200", "for", "1", "200"], SearchTokens.Of("1,200-for-1,200"));
        Assert.Equal(SearchTokens.Of("Мар'янівка"), SearchTokens.Of("Марʼянівка"));
    }
}
