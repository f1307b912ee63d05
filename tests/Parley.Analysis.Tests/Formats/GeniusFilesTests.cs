using System.Text;
using Parley.Analysis.Formats;
using Parley.Analysis.Model;

namespace Parley.Analysis.Tests.Formats;

/// <summary>Real ANAC files, and variants of them that GENIUS itself loads, from ../shared/data/genius.</summary>
public sealed class GeniusFilesTests
{
    private static readonly string Root = FindData();

    private static string FindData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "genius");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("shared/data/genius not found above " + AppContext.BaseDirectory);
    }

    private static InputFile File(string relative) => InputFile.FromBytes(Path.GetFileName(relative), System.IO.File.ReadAllBytes(Path.Combine(Root, relative)));

    private static NegotiationInstance Itex(string profile) =>
        InstanceReader.Read([File("malformed/Itex_domain.xml"), File("malformed/" + profile)]);

    [Theory]
    [InlineData("Itex_dupitem.xml")]
    [InlineData("Itex_dupweight.xml")]
    [InlineData("Itex_lateDecl.xml")]
    public void Read_variant_genius_loads_reads_as_the_original(string variant)
    {
        var original = Itex("ItexvsCypress_Itex.xml");
        var read = Itex(variant);
        Assert.Equal(original.Parties[0].Weights, read.Parties[0].Weights);
        Assert.Equal(original.Parties[0].Values, read.Parties[0].Values);
    }

    [Fact]
    public void Read_repeated_item_keeps_the_last_as_genius_does()
    {
        var text = System.IO.File.ReadAllText(Path.Combine(Root, "malformed/ItexvsCypress_Itex.xml"));
        var first = text.IndexOf("<item ", StringComparison.Ordinal);
        var repeated = text.Insert(first, "<item index=\"1\" value=\"$4.37\" cost=\"0.0\" evaluation=\"1\"></item>\n");
        var last = InstanceReader.Read([File("malformed/Itex_domain.xml"), new InputFile("Itex.xml", repeated)]);
        Assert.Equal(Itex("ItexvsCypress_Itex.xml").Parties[0].Values, last.Parties[0].Values);
    }

    [Fact]
    public void Read_latin1_declared_domain_decodes_its_bytes_as_latin1()
    {
        var bytes = System.IO.File.ReadAllBytes(Path.Combine(Root, "malformed/Itex_domain_latin1.xml"));
        Assert.Contains(bytes, b => b >= 0x80);
        var domain = InputFile.FromBytes("Itex_domain_latin1.xml", bytes);
        Assert.DoesNotContain('\uFFFD', domain.Text);
        Assert.Equal(Encoding.Latin1.GetString(bytes), domain.Text);
    }

    [Fact]
    public void Read_bare_ampersand_in_values_as_in_the_zoning_plan()
    {
        var dir = Path.Combine(Root, "realworld", "ZoningPlan");
        var instance = InstanceReader.Read([File("realworld/ZoningPlan/Group4.xml"), File("realworld/ZoningPlan/Group4_util1.xml"), File("realworld/ZoningPlan/Group4_util5.xml")]);
        Assert.Contains(instance.Issues.SelectMany(i => i.Options), o => o.Contains(" & ", StringComparison.Ordinal));
        Assert.True(Directory.Exists(dir));
    }

    [Fact]
    public void Read_constraint_utility_space_is_refused_naming_party_and_field()
    {
        var error = Assert.Throws<InvalidInstanceException>(() => Itex("Itex_constraint.xml"));
        Assert.Equal(("Itex_constraint", "type"), (error.Party, error.Field));
        Assert.Contains("type=\"constraint\" is not supported", error.Message, StringComparison.Ordinal);
    }
}
