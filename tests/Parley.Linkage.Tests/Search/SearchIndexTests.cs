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

    [Fact]
    public void Search_order_and_scores_do_not_depend_on_documents_outside_the_callers_scopes()
    {
        var visible = new[] { Doc("Ceasefire talks", "ceasefire monitoring"), Doc("Prisoner exchange", "ceasefire during the exchange"), Doc("Round 3") };
        var alone = Index(visible).Search("ceasefire", Public);
        var crowded = Index(visible);
        for (var i = 0; i < 50; i++)
        {
            crowded.Add(Doc($"Ceasefire draft {i}", "ceasefire ceasefire round", scope: "party:RU"));
        }
        var withHidden = crowded.Search("ceasefire", Public);
        Assert.Equal(alone.Select(h => (h.Document.Id, h.Score)), withHidden.Select(h => (h.Document.Id, h.Score)));
    }

    [Fact]
    public void Search_prefix_expansion_is_not_crowded_out_by_hidden_terms()
    {
        var index = new SearchIndex();
        for (var i = 0; i < 100; i++)
        {
            index.Add(Doc($"ceasefire{i:000}", scope: "mediator"));
        }
        var visible = Doc("ceasefirezz");
        index.Add(visible);
        Assert.Equal(visible, Assert.Single(index.Search("ceasefire", Public)).Document);
    }

    [Fact]
    public void Add_same_id_replaces_and_remove_forgets()
    {
        var index = new SearchIndex();
        var id = Guid.CreateVersion7();
        index.Add(new SearchDocument("note", id, "Old title", "/x", "public", "ceasefire"));
        index.Add(new SearchDocument("note", id, "New title", "/x", "mediator", "truce"));
        Assert.Equal(1, index.Count);
        Assert.Empty(index.Search("ceasefire", Public));
        Assert.Empty(index.Search("truce", Public));
        Assert.Equal("New title", Assert.Single(index.Search("truce", new HashSet<string> { "mediator" })).Document.Title);
        Assert.True(index.Remove(id));
        Assert.Empty(index.Search("truce", new HashSet<string> { "mediator" }));
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void Remove_many_compacts_and_keeps_the_rest_searchable()
    {
        var index = new SearchIndex();
        var docs = Enumerable.Range(0, 3000).Select(i => Doc($"exchange {i}")).ToList();
        foreach (var d in docs)
        {
            index.Add(d);
        }
        foreach (var d in docs.Take(2500))
        {
            index.Remove(d.Id);
        }
        Assert.Equal(500, index.Count);
        Assert.Equal(docs[2999], Assert.Single(index.Search("exchange 2999", Public)).Document);
        Assert.Equal(20, index.Search("exchange", Public).Count);
    }
}
