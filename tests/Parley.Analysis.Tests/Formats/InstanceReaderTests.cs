using Parley.Analysis.Formats;
using Parley.Analysis.Model;

namespace Parley.Analysis.Tests.Formats;

public sealed class InstanceReaderTests
{
    private static InputFile Data(string name) =>
        new(name, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Formats", "Data", name)));

    private static void SameInstance(NegotiationInstance expected, NegotiationInstance actual)
    {
        Assert.Equal(expected.Issues.Select(i => (i.Name, string.Join("|", i.Options))),
            actual.Issues.Select(i => (i.Name, string.Join("|", i.Options))));
        Assert.Equal(expected.Parties.Count, actual.Parties.Count);
        for (var p = 0; p < expected.Parties.Count; p++)
        {
            var (e, a) = (expected.Parties[p], actual.Parties[p]);
            Assert.Equal(e.Name, a.Name);
            Assert.Equal(e.Reservation, a.Reservation, 1e-12);
            Assert.Equal(e.Weights, a.Weights);
            for (var i = 0; i < e.Values.Count; i++)
            {
                Assert.Equal(e.Values[i], a.Values[i]);
            }
        }
    }

    [Fact]
    public void Read_genius_domain_and_profiles_normalises_evaluations_by_their_maximum()
    {
        var genius = InstanceReader.Read([Data("domain.xml"), Data("Ukraine.xml"), Data("Russia.xml")]);
        SameInstance(InstanceReader.Read([Data("equivalent.json")]), genius);
    }

    [Fact]
    public void Read_geniusweb_profiles_takes_the_reservation_from_the_reservation_bid()
    {
        var web = InstanceReader.Read([Data("ukraine-web.json"), Data("russia-web.json")]);
        var expected = InstanceReader.Read([Data("equivalent.json")]);
        Assert.Equal(0.5 * 0.4 + 0.3 * 0.5 + 0.2 * 0.2, web.Parties[0].Reservation, 1e-12);
        Assert.Equal(0.0, web.Parties[1].Reservation);
        SameInstance(expected with
        {
            Parties = [expected.Parties[0] with { Reservation = web.Parties[0].Reservation }, expected.Parties[1] with { Reservation = 0 }],
        }, web);
    }

    [Fact]
    public void Read_istanbul_example_is_labelled_illustrative_and_valid()
    {
        Assert.Contains("ILLUSTRATIVE", Examples.Istanbul2025Json, StringComparison.Ordinal);
        var instance = Examples.Istanbul2025();
        Assert.Equal(["nato", "military size", "territory", "ceasefire", "prisoners", "children", "sanctions"],
            instance.Issues.Select(i => i.Name));
        Assert.Equal(["Ukraine", "Russia"], instance.Parties.Select(p => p.Name));
    }

    [Theory]
    [InlineData("\"weights\": [0.5, 0.3, 0.2]", "\"weights\": [0.5, -0.3, 0.2]", "Ukraine", "prisoners", "weights[1]")]
    [InlineData("\"weights\": [0.5, 0.3, 0.2]", "\"weights\": [0, 0, 0]", "Ukraine", null, "weights")]
    [InlineData("[[1.0, 0.4, 0.0]", "[[1.0, 1.4, 0.0]", "Ukraine", "ceasefire", "values[0][1]")]
    [InlineData("[0.2, 1.0]", "[0.2, 1.0, 0.5]", "Russia", "prisoners", "values[1]")]
    [InlineData("\"reservation\": 0.4", "\"reservation\": 1.4", "Russia", null, "reservation")]
    [InlineData("\"weights\": [0.3, 0.1, 0.6]", "\"weights\": [0.3, 0.1]", "Russia", null, "weights")]
    public void Read_contract_json_bad_input_names_party_issue_and_field(string from, string to, string party,
        string? issue, string field)
    {
        var text = Data("equivalent.json").Text;
        Assert.Contains(from, text, StringComparison.Ordinal);
        var error = Assert.Throws<InvalidInstanceException>(() =>
            InstanceReader.Read([new InputFile("bad.json", text.Replace(from, to, StringComparison.Ordinal))]));
        Assert.Equal((party, issue, field), (error.Party, error.Issue, error.Field));
        Assert.Contains(party, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_malformed_json_reports_the_line()
    {
        var text = Data("equivalent.json").Text.Replace("\"reservation\": 0.4", "\"reservation\": 0.4,,", StringComparison.Ordinal);
        var error = Assert.Throws<InvalidInstanceException>(() => InstanceReader.Read([new InputFile("bad.json", text)]));
        Assert.Contains("line 9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_genius_profile_naming_an_unknown_issue_names_party_and_issue()
    {
        var profile = Data("Russia.xml");
        profile = profile with { Text = profile.Text.Replace("name=\"sanctions\"", "name=\"reparations\"", StringComparison.Ordinal) };
        var error = Assert.Throws<InvalidInstanceException>(() => InstanceReader.Read([Data("domain.xml"), Data("Ukraine.xml"), profile]));
        Assert.Equal(("Russia", "reparations", "issue"), (error.Party, error.Issue, error.Field));
    }

    [Fact]
    public void Read_genius_profile_without_a_weight_names_the_field()
    {
        var profile = Data("Ukraine.xml");
        profile = profile with { Text = profile.Text.Replace("<weight index=\"2\" value=\"0.3\"/>", "", StringComparison.Ordinal) };
        var error = Assert.Throws<InvalidInstanceException>(() => InstanceReader.Read([Data("domain.xml"), profile, Data("Russia.xml")]));
        Assert.Equal(("Ukraine", "prisoners", "weight"), (error.Party, error.Issue, error.Field));
    }

    [Fact]
    public void Read_malformed_genius_xml_reports_file_and_line()
    {
        var profile = Data("Russia.xml");
        profile = profile with { Text = profile.Text.Replace("</issue>\n    <issue index=\"2\"", "<issue index=\"2\"", StringComparison.Ordinal) };
        var error = Assert.Throws<InvalidInstanceException>(() => InstanceReader.Read([Data("domain.xml"), profile]));
        Assert.Equal("Russia.xml", error.Field);
        Assert.Contains("malformed XML at line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_geniusweb_value_outside_unit_interval_names_party_issue_and_field()
    {
        var profile = Data("russia-web.json");
        profile = profile with { Text = profile.Text.Replace("\"phased\": 0.5", "\"phased\": 1.5", StringComparison.Ordinal) };
        var error = Assert.Throws<InvalidInstanceException>(() => InstanceReader.Read([Data("ukraine-web.json"), profile]));
        Assert.Equal(("Russia", "sanctions", "values[2][1]"), (error.Party, error.Issue, error.Field));
    }

    [Fact]
    public void Read_geniusweb_profile_naming_an_unknown_issue_is_rejected()
    {
        var profile = Data("russia-web.json");
        profile = profile with { Text = profile.Text.Replace("\"issueWeights\": { \"ceasefire\": 0.3", "\"issueWeights\": { \"reparations\": 0.1, \"ceasefire\": 0.3", StringComparison.Ordinal) };
        var error = Assert.Throws<InvalidInstanceException>(() => InstanceReader.Read([Data("ukraine-web.json"), profile]));
        Assert.Equal(("Russia", "reparations"), (error.Party, error.Issue));
    }
}
