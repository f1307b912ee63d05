using System.Text;
using System.Text.Json;
using Parley.Ledger.Entries;

namespace Parley.Ledger.Tests.Entries;

/// <summary>RFC 8785 vectors of cyberphone/json-canonicalization (see TestData/jcs/SOURCE.md).</summary>
public sealed class CanonicalJsonTests
{
    [Theory]
    [InlineData("arrays")]
    [InlineData("french")]
    [InlineData("structures")]
    [InlineData("unicode")]
    [InlineData("values")]
    [InlineData("weird")]
    public void Canonicalize_reference_input_gives_reference_output(string name)
    {
        var input = File.ReadAllBytes(TestData.Path("jcs", "input", name + ".json"));
        var expected = File.ReadAllBytes(TestData.Path("jcs", "output", name + ".json"));
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(CanonicalJson.Canonicalize(input)));
    }

    /// <summary>The "Sample lines" of the ES6 number test file (testdata/README.md).</summary>
    [Theory]
    [InlineData("4340000000000001", "9007199254740994")]
    [InlineData("4340000000000002", "9007199254740996")]
    [InlineData("444b1ae4d6e2ef50", "1e+21")]
    [InlineData("3eb0c6f7a0b5ed8d", "0.000001")]
    [InlineData("3eb0c6f7a0b5ed8c", "9.999999999999997e-7")]
    [InlineData("8000000000000000", "0")]
    [InlineData("0", "0")]
    public void Format_ieee_sample_matches_ecmascript(string hex, string expected)
    {
        var value = BitConverter.Int64BitsToDouble(unchecked((long)Convert.ToUInt64(hex, 16)));
        Assert.Equal(expected, Encoding.UTF8.GetString(CanonicalJson.Serialize(JsonSerializer.SerializeToElement(value))));
    }

    [Theory]
    [InlineData("{\"a\":1,\"a\":2}", "appears twice")]
    [InlineData("[1e400]", "double range")]
    [InlineData("{\"a\":", "JSON")]
    [InlineData("\"\\ud800\"", "surrogate")]
    public void Canonicalize_bad_json_names_the_problem(string json, string expected)
    {
        var error = Assert.Throws<LedgerFormatException>(() => CanonicalJson.Canonicalize(Encoding.UTF8.GetBytes(json)));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
