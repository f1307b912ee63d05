using Parley.Domain.Humanitarian;

namespace Parley.Domain.Tests.Humanitarian;

public sealed class ExchangeManifestTests
{
    private static readonly ExchangeTerms Terms = ExchangeTerms.NForN("UA", "RU", PersonCategory.Military, 1);

    private static ExchangeManifest Manifest(params ManifestLine[] lines) => new("batch-1", Terms, lines);

    private static readonly ManifestLine A = new(new string('a', 64), "UA", PersonCategory.Military, PriorityGroups.None);
    private static readonly ManifestLine B = new(new string('b', 64), "ru", PersonCategory.Military, PriorityGroups.SeriouslyWoundedOrSick | PriorityGroups.LongHeld);

    [Fact]
    public void Text_is_independent_of_line_order_and_party_case()
    {
        Assert.Equal(Manifest(A, B).Text(), Manifest(B, A).Text());
        Assert.Equal(Manifest(A, B).Hash(), Manifest(B, A).Hash());
    }

    [Fact]
    public void Text_lists_kind_terms_counts_and_commitments_only()
    {
        var text = Manifest(A, B).Text();
        Assert.StartsWith(ExchangeManifest.Kind + "\nbatch batch-1\nparties UA RU\nterms military 1:1 total 1\n", text, StringComparison.Ordinal);
        Assert.Contains("count RU military 1\ncount UA military 1\n", text, StringComparison.Ordinal);
        Assert.Contains($"person {B.Commitment} RU military seriouslywoundedorsick,longheld\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Hash_changes_when_a_person_changes()
    {
        var other = A with { Commitment = new string('c', 64) };
        Assert.NotEqual(Manifest(A, B).Hash(), Manifest(other, B).Hash());
    }

    [Fact]
    public void NoteText_names_the_manifest_kind_batch_and_hash()
    {
        var manifest = Manifest(A, B);
        Assert.Equal($"parley.local/log\n{ExchangeManifest.Kind}\nbatch batch-1\nsha256 {manifest.Hash()}\n", manifest.NoteText("parley.local/log"));
    }
}
