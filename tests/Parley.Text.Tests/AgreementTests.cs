namespace Parley.Text.Tests;

public sealed class AgreementTests
{
    private static readonly NegotiatingText Open = Samples.Parse("# M\n## A\nA [UA: full | RU: limited] ceasefire.\n\nAll for all.");
    private static readonly NegotiatingText Clean = Samples.Parse("# M\n## A\nA full ceasefire.\n\nAll for all.");

    [Fact]
    public void Of_text_with_an_open_bracket_is_open_even_when_both_initialled()
    {
        var hash = VersionHash.Of(Open);
        var agreement = Agreement.Of(Open, ["UA", "RU"], [new("UA", hash), new("RU", hash)]);
        Assert.Equal(AgreementStatus.Open, agreement.Status);
        Assert.Equal(1, agreement.OpenBrackets);
        Assert.False(Open.IsFullyAgreed);
        Assert.Equal(ClauseStatus.Bracketed, Open.Find(new(1, 1))!.Status(textInitialled: true));
        Assert.Contains("clause 1.1", Agreement.CannotInitial(Open), StringComparison.Ordinal);
    }

    [Fact]
    public void Of_clean_text_moves_from_ad_referendum_to_initialled_when_every_party_signs_this_version()
    {
        var hash = VersionHash.Of(Clean);
        Assert.Null(Agreement.CannotInitial(Clean));
        var one = Agreement.Of(Clean, ["UA", "RU"], [new("UA", hash)]);
        Assert.Equal(AgreementStatus.AgreedAdReferendum, one.Status);
        Assert.Equal(["RU"], one.Missing);
        Assert.Equal(ClauseStatus.AgreedAdReferendum, Clean.Find(new(1, 1))!.Status(textInitialled: false));

        Assert.Equal(AgreementStatus.Initialled, Agreement.Of(Clean, ["UA", "RU"], [new("UA", hash), new("RU", hash)]).Status);
        Assert.Equal(ClauseStatus.Initialled, Clean.Find(new(1, 1))!.Status(textInitialled: true));
    }

    [Fact]
    public void Of_initials_on_another_version_do_not_count()
    {
        var stale = VersionHash.Of(Open);
        var agreement = Agreement.Of(Clean, ["UA", "RU"], [new("UA", stale), new("RU", VersionHash.Of(Clean))]);
        Assert.Equal(AgreementStatus.AgreedAdReferendum, agreement.Status);
        Assert.Equal(["UA"], agreement.Missing);
    }
}
