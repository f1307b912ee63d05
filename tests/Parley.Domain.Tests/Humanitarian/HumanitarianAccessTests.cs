using Parley.Domain.Access;
using Parley.Domain.Humanitarian;

namespace Parley.Domain.Tests.Humanitarian;

public sealed class HumanitarianAccessTests
{
    /// <summary>Türkiye hosts; Ukraine has designated it and the host's staff, Russia only the staff.</summary>
    private static readonly HostAccess Access = new(new HashSet<string> { "TR" },
        new HashSet<(string, string)> { ("UA", "TR"), ("UA", HostAccess.Staff), ("RU", HostAccess.Staff) });

    [Fact]
    public void IsOfficer_humanitarian_without_second_factor_is_not_an_officer()
    {
        var officer = new Viewer(ParleyRole.Humanitarian, "UA", "u1", "officer@ua.test") { PassedSecondFactor = false };
        Assert.False(HumanitarianAccess.IsOfficer(officer));
        Assert.False(HumanitarianAccess.CanRead(officer, "UA", Access, inBatchAgreedWithViewersParty: false));
        Assert.False(HumanitarianAccess.CanFileFor(officer, "UA", Access));
    }

    [Fact]
    public void IsOfficer_humanitarian_with_second_factor_reads_own_party_only()
    {
        var officer = new Viewer(ParleyRole.Humanitarian, "UA", "u1", "officer@ua.test") { PassedSecondFactor = true };
        Assert.True(HumanitarianAccess.CanRead(officer, "UA", Access, inBatchAgreedWithViewersParty: false));
        Assert.False(HumanitarianAccess.CanRead(officer, "RU", Access, inBatchAgreedWithViewersParty: false));
        Assert.True(HumanitarianAccess.CanRead(officer, "RU", Access, inBatchAgreedWithViewersParty: true));
    }

    [Fact]
    public void IsHostOfficer_host_party_or_no_party_only()
    {
        Assert.True(HumanitarianAccess.IsHostOfficer(new Viewer(ParleyRole.Humanitarian, "TR"), Access));
        Assert.True(HumanitarianAccess.IsHostOfficer(new Viewer(ParleyRole.Humanitarian), Access));
        Assert.False(HumanitarianAccess.IsHostOfficer(new Viewer(ParleyRole.Humanitarian, "UA"), Access));
        Assert.False(HumanitarianAccess.IsHostOfficer(new Viewer(ParleyRole.Mediator), Access));
    }

    [Fact]
    public void HostMaySee_only_parties_that_designated_that_host()
    {
        var turkey = new Viewer(ParleyRole.Humanitarian, "TR");
        var staff = new Viewer(ParleyRole.Humanitarian);
        Assert.True(HumanitarianAccess.CanRead(turkey, "UA", Access, inBatchAgreedWithViewersParty: false));
        Assert.False(HumanitarianAccess.CanRead(turkey, "RU", Access, inBatchAgreedWithViewersParty: false));
        Assert.True(HumanitarianAccess.CanRead(staff, "RU", Access, inBatchAgreedWithViewersParty: false));
        Assert.False(HumanitarianAccess.CanFileFor(turkey, "RU", Access));
        Assert.True(HumanitarianAccess.CanFileFor(turkey, "UA", Access));
        Assert.False(HumanitarianAccess.CanRead(turkey, "UA", HostAccess.None, inBatchAgreedWithViewersParty: false));
    }

    [Fact]
    public void HostMaySee_a_designation_names_a_host_not_its_roles()
    {
        // A party not (or no longer) among the hosts sees nothing even with a designation naming it.
        var designatedButNotHost = new HostAccess(new HashSet<string>(), new HashSet<(string, string)> { ("RU", "US") });
        Assert.False(HumanitarianAccess.CanRead(new Viewer(ParleyRole.Humanitarian, "US"), "RU", designatedButNotHost, inBatchAgreedWithViewersParty: false));
        // A host without a designation sees nothing.
        var hostWithoutDesignation = new HostAccess(new HashSet<string> { "US" }, new HashSet<(string, string)>());
        Assert.False(HumanitarianAccess.CanRead(new Viewer(ParleyRole.Humanitarian, "US"), "RU", hostWithoutDesignation, inBatchAgreedWithViewersParty: false));
    }
}
