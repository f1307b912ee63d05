using Parley.Text.Compare;

namespace Parley.Text.Tests.Compare;

public sealed class LanguageAlignmentTests
{
    private const string En = "# M\n## Ceasefire\nA [UA: full | RU: limited] ceasefire.\n\nMonitoring by a mission.\n## Prisoners\nAll for all.";
    private const string Uk = "# М\n## Припинення вогню\n[UA: Повне | RU: обмежене] припинення вогню.\n\nМоніторинг місією.\n## Полонені\nВсіх на всіх.";
    private const string Ru = "# М\n## Прекращение огня\n[UA: Полное | RU: ограниченное] прекращение огня.\n\nМониторинг миссией.\n## Пленные\nВсех на всех.";

    private static Dictionary<string, NegotiatingText> Versions(string en, string uk, string ru) => new()
    {
        ["en"] = Samples.Parse(en), ["uk"] = Samples.Parse(uk), ["ru"] = Samples.Parse(ru),
    };

    [Fact]
    public void Align_parallel_versions_with_same_brackets_flags_nothing()
    {
        var alignment = LanguageAlignment.Align(Versions(En, Uk, Ru));
        Assert.Empty(alignment.Flagged);
        Assert.Equal(new Progress(3, 2, 1, 1), alignment.Progress);
        Assert.False(alignment.IsFullyAgreed);
    }

    [Fact]
    public void Align_clause_agreed_in_english_only_is_not_agreed()
    {
        var en = En.Replace("[UA: full | RU: limited]", "full", StringComparison.Ordinal);
        var alignment = LanguageAlignment.Align(Versions(en, Uk, Ru));
        var clause = alignment.Clauses[0];
        Assert.False(clause.IsAgreed);
        Assert.Contains(AlignmentFinding.StatusDiffers, clause.Flags);
        Assert.Equal(2, alignment.Progress.Agreed);
    }

    [Fact]
    public void Align_clause_changed_in_one_language_since_the_last_version_is_flagged()
    {
        var previous = Versions(En, Uk, Ru);
        var current = Versions(En.Replace("by a mission", "by an international mission", StringComparison.Ordinal), Uk, Ru);
        var clause = LanguageAlignment.Align(current, previous).Clauses[1];
        Assert.Equal([AlignmentFinding.ChangedInSomeLanguages], clause.Flags);
        Assert.Equal(["en"], clause.ChangedIn);

        var everywhere = Versions(En.Replace("by a mission", "by an international mission", StringComparison.Ordinal), Uk.Replace("місією", "міжнародною місією", StringComparison.Ordinal), Ru.Replace("миссией", "международной миссией", StringComparison.Ordinal));
        Assert.Empty(LanguageAlignment.Align(everywhere, previous).Flagged);
    }

    [Fact]
    public void Align_missing_clause_or_different_proposers_are_flagged()
    {
        var ru = Ru.Replace("\n\nМониторинг миссией.", "", StringComparison.Ordinal).Replace("[UA: Полное | RU: ограниченное]", "[UA: Полное | US: ограниченное]", StringComparison.Ordinal);
        var alignment = LanguageAlignment.Align(Versions(En, Uk, ru));
        Assert.Contains(AlignmentFinding.BracketsDiffer, alignment.Clauses[0].Flags);
        Assert.Contains(AlignmentFinding.Missing, alignment.Clauses.Single(c => c.Number == new ClauseNumber(1, 2)).Flags);
        Assert.False(alignment.Clauses.Single(c => c.Number == new ClauseNumber(1, 2)).IsAgreed);
    }
}
