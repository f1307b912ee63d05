using Parley.Domain.Access;
using Parley.Domain.Humanitarian;

namespace Parley.Domain.Tests.Humanitarian;

public sealed class HumanitarianAccessTests
{
    private static readonly HashSet<string> Hosts = ["TR"];

    [Fact]
    public void IsOfficer_humanitarian_without_second_factor_is_not_an_officer()
    {
        var officer = new Viewer(ParleyRole.Humanitarian, "UA", "u1", "officer@ua.test") { PassedSecondFactor = false };
        Assert.False(HumanitarianAccess.IsOfficer(officer));
        Assert.False(HumanitarianAccess.CanRead(officer, "UA", Hosts, inBatchAgreedWithViewersParty: false));
        Assert.False(HumanitarianAccess.CanFileFor(officer, "UA", Hosts));
    }

    [Fact]
    public void IsOfficer_humanitarian_with_second_factor_reads_own_party_only()
    {
        var officer = new Viewer(ParleyRole.Humanitarian, "UA", "u1", "officer@ua.test") { PassedSecondFactor = true };
        Assert.True(HumanitarianAccess.CanRead(officer, "UA", Hosts, inBatchAgreedWithViewersParty: false));
        Assert.False(HumanitarianAccess.CanRead(officer, "RU", Hosts, inBatchAgreedWithViewersParty: false));
        Assert.True(HumanitarianAccess.CanRead(officer, "RU", Hosts, inBatchAgreedWithViewersParty: true));
    }

    [Fact]
    public void IsHostOfficer_host_party_or_no_party_sees_both_sides()
    {
        Assert.True(HumanitarianAccess.IsHostOfficer(new Viewer(ParleyRole.Humanitarian, "TR"), Hosts));
        Assert.True(HumanitarianAccess.IsHostOfficer(new Viewer(ParleyRole.Humanitarian), Hosts));
        Assert.False(HumanitarianAccess.IsHostOfficer(new Viewer(ParleyRole.Mediator), Hosts));
    }
}
