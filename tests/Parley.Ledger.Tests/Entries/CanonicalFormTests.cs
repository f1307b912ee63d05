using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Parley.Ledger.Entries;

namespace Parley.Ledger.Tests.Entries;

/// <summary>The one-pass check must agree with the reference: bytes are canonical exactly when canonicalising leaves them unchanged.</summary>
public sealed class CanonicalFormTests
{
    private static readonly string[] s_mutations = [" ", "\n", "\\u0061", "\\/", "1.0", "1e0", "-0", "\\u001F", "\\u000a", "\\ud83d\\ude00"];

    [Theory]
    [InlineData("arrays")]
    [InlineData("french")]
    [InlineData("structures")]
    [InlineData("unicode")]
    [InlineData("values")]
    [InlineData("weird")]
    public void IsCanonical_reference_vectors_agree_with_canonicalize(string name)
    {
        var input = File.ReadAllBytes(TestData.Path("jcs", "input", name + ".json"));
        var output = File.ReadAllBytes(TestData.Path("jcs", "output", name + ".json"));
        Assert.True(CanonicalForm.IsCanonical(output));
        Assert.Equal(input.AsSpan().SequenceEqual(output), CanonicalForm.IsCanonical(input));
    }

    [Fact]
    public void IsCanonical_random_documents_and_mutations_agree_with_canonicalize()
    {
        var random = new Random(17);
        var checkedMutations = 0;
        for (var round = 0; round < 3_000; round++)
        {
            var canonical = CanonicalJson.Serialize(JsonSerializer.SerializeToElement(RandomValue(random, 0)));
            Assert.True(CanonicalForm.IsCanonical(canonical), Encoding.UTF8.GetString(canonical));
            var text = Encoding.UTF8.GetString(canonical);
            var at = random.Next(text.Length + 1);
            var mutated = Encoding.UTF8.GetBytes(text.Insert(at, s_mutations[random.Next(s_mutations.Length)]));
            byte[] reference;
            try
            {
                reference = CanonicalJson.Canonicalize(mutated);
            }
            catch (LedgerFormatException)
            {
                continue; // not JSON, or JSON JCS refuses: nothing to compare
            }
            checkedMutations++;
            Assert.True(mutated.AsSpan().SequenceEqual(reference) == CanonicalForm.IsCanonical(mutated), Encoding.UTF8.GetString(mutated));
        }
        Assert.True(checkedMutations > 500, $"only {checkedMutations} mutations were JSON");
    }

    [Theory]
    [InlineData("{\"b\":1,\"a\":2}")]
    [InlineData("{\"a\":1,\"a\":1}")]
    [InlineData("{\"a\":1} ")]
    [InlineData("[1,2.50]")]
    [InlineData("\"\\u00E9\"")]
    [InlineData("\"\\t\\u0009\"")]
    public void IsCanonical_non_canonical_json_is_refused(string json) =>
        Assert.False(CanonicalForm.IsCanonical(Encoding.UTF8.GetBytes(json)));

    private static JsonNode? RandomValue(Random random, int depth)
    {
        var kind = random.Next(depth > 3 ? 4 : 6);
        switch (kind)
        {
            case 0: return JsonValue.Create(RandomString(random));
            case 1: return JsonValue.Create(random.Next(3) == 0 ? random.Next(-1000, 100000) : (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-8, 25)));
            case 2: return JsonValue.Create(random.Next(2) == 0);
            case 3: return null;
            case 4:
                var array = new JsonArray();
                for (var i = random.Next(4); i > 0; i--)
                {
                    array.Add(RandomValue(random, depth + 1));
                }
                return array;
            default:
                var obj = new JsonObject();
                for (var i = random.Next(5); i > 0; i--)
                {
                    obj[RandomString(random)] = RandomValue(random, depth + 1);
                }
                return obj;
        }
    }

    private static string RandomString(Random random)
    {
        string[] pieces = ["a", "b", "seq", "Київ", "é", "\u001f", "\n", "\"", "\\", "/", "😀", "\u007f", "\ue000", "z"];
        var builder = new StringBuilder();
        for (var i = random.Next(4); i > 0; i--)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }
        return builder.ToString();
    }
}
