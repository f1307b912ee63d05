using Parley.Domain.Access;
using Parley.Domain.Records;
using Parley.Domain.Talks;

namespace Parley.Domain.Tests.Access;

public sealed class VisibilityRulesTests
{
    private static readonly Viewer Ua = new(ParleyRole.Delegation, "UA");
    private static readonly Viewer Ru = new(ParleyRole.Delegation, "RU");
    private static readonly Viewer Mediator = new(ParleyRole.Mediator);
    private static readonly Viewer Observer = new(ParleyRole.Observer);

    [Theory]
    [InlineData(Visibility.Public, null, true, true, true, true, true)]
    [InlineData(Visibility.Shared, null, false, false, true, true, true)]
    [InlineData(Visibility.MediatorOnly, null, false, false, false, false, true)]
    [InlineData(Visibility.PartyPrivate, "UA", false, false, true, false, false)]
    [InlineData(Visibility.PartyPrivate, "RU", false, false, false, true, false)]
    public void CanRead_each_viewer_sees_exactly_their_scope(Visibility visibility, string? owner, bool anonymous, bool observer, bool ua, bool ru, bool mediator)
    {
        Assert.Equal(anonymous, VisibilityRules.CanRead(Viewer.Anonymous, visibility, owner));
        Assert.Equal(observer, VisibilityRules.CanRead(Observer, visibility, owner));
        Assert.Equal(ua, VisibilityRules.CanRead(Ua, visibility, owner));
        Assert.Equal(ru, VisibilityRules.CanRead(Ru, visibility, owner));
        Assert.Equal(mediator, VisibilityRules.CanRead(Mediator, visibility, owner));
        Assert.Equal(mediator, VisibilityRules.CanRead(new Viewer(ParleyRole.Administrator), visibility, owner));
    }

    [Fact]
    public void CanRead_owner_party_matches_without_regard_to_case()
    {
        Assert.True(VisibilityRules.CanRead(new Viewer(ParleyRole.Delegation, "ua"), Visibility.PartyPrivate, "UA"));
    }

    [Fact]
    public void CanWrite_delegation_writes_only_its_own_drafts_of_positions_and_notes()
    {
        Assert.True(VisibilityRules.CanWrite(Ua, RecordKind.Position, Visibility.PartyPrivate, "UA"));
        Assert.True(VisibilityRules.CanWrite(Ua, RecordKind.Note, Visibility.PartyPrivate, "UA"));
        Assert.False(VisibilityRules.CanWrite(Ua, RecordKind.Position, Visibility.PartyPrivate, "RU"));
        Assert.False(VisibilityRules.CanWrite(Ua, RecordKind.Round, Visibility.PartyPrivate, "UA"));
        Assert.False(VisibilityRules.CanWrite(Ua, RecordKind.Position, Visibility.Shared, null));
        Assert.False(VisibilityRules.CanWrite(new Viewer(ParleyRole.Delegation), RecordKind.Note, Visibility.PartyPrivate, "UA"));
    }

    [Fact]
    public void CanWrite_mediator_writes_everything_but_party_drafts()
    {
        Assert.True(VisibilityRules.CanWrite(Mediator, RecordKind.Round, Visibility.Public, null));
        Assert.True(VisibilityRules.CanWrite(Mediator, RecordKind.Note, Visibility.MediatorOnly, null));
        Assert.False(VisibilityRules.CanWrite(Mediator, RecordKind.Position, Visibility.PartyPrivate, "UA"));
    }

    [Theory]
    [InlineData(ParleyRole.Anonymous)]
    [InlineData(ParleyRole.Observer)]
    [InlineData(ParleyRole.Humanitarian)]
    public void CanWrite_readers_write_nothing(ParleyRole role)
    {
        var viewer = new Viewer(role, "UA");
        foreach (var visibility in Enum.GetValues<Visibility>())
        {
            Assert.False(VisibilityRules.CanWrite(viewer, RecordKind.Note, visibility, visibility == Visibility.PartyPrivate ? "UA" : null));
        }
    }

    [Fact]
    public void CanWrite_system_seed_may_write_party_drafts()
    {
        Assert.True(VisibilityRules.CanWrite(Viewer.System, RecordKind.Note, Visibility.PartyPrivate, "RU"));
        Assert.False(VisibilityRules.CanRead(Viewer.System, Visibility.PartyPrivate, "RU"));
    }

    [Theory]
    [InlineData(false, true, false, false)]
    [InlineData(true, true, false, true)]
    public void CanRead_analysis_profile_own_party_always_mediators_only_when_shared(bool shared, bool ua, bool ru, bool mediator)
    {
        var profile = new AnalysisProfile { Party = "UA", OwnerParty = "UA", Visibility = Visibility.PartyPrivate, SharedWithMediators = shared };
        Assert.Equal(ua, VisibilityRules.CanRead(Ua, profile));
        Assert.Equal(ru, VisibilityRules.CanRead(Ru, profile));
        Assert.Equal(mediator, VisibilityRules.CanRead(Mediator, profile));
        Assert.False(VisibilityRules.CanRead(Observer, profile));
        Assert.True(VisibilityRules.CanWrite(Ua, profile));
        Assert.False(VisibilityRules.CanWrite(Ru, profile));
        Assert.False(VisibilityRules.CanWrite(Mediator, profile));
    }
}
