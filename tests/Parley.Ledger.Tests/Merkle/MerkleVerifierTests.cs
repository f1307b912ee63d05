using System.Text.Json;
using Parley.Ledger.Merkle;

namespace Parley.Ledger.Tests.Merkle;

/// <summary>Runs every probe of transparency-dev/merkle testdata (see TestData/transparency-dev/SOURCE.md).</summary>
public sealed class MerkleVerifierTests
{
    public static TheoryData<string> InclusionProbes() => Probes("inclusion");

    public static TheoryData<string> ConsistencyProbes() => Probes("consistency");

    [Theory]
    [MemberData(nameof(InclusionProbes))]
    public void VerifyInclusion_probe_matches_expected_outcome(string file)
    {
        var probe = Load(file);
        var result = MerkleVerifier.VerifyInclusion(
            (long)probe.GetProperty("leafIdx").GetUInt64(), (long)probe.GetProperty("treeSize").GetUInt64(),
            Bytes(probe, "leafHash"), Proof(probe), Bytes(probe, "root"));
        Assert.Equal(probe.GetProperty("wantErr").GetBoolean(), result != ProofFailure.None);
    }

    [Theory]
    [MemberData(nameof(ConsistencyProbes))]
    public void VerifyConsistency_probe_matches_expected_outcome(string file)
    {
        var probe = Load(file);
        var result = MerkleVerifier.VerifyConsistency(
            (long)probe.GetProperty("size1").GetUInt64(), (long)probe.GetProperty("size2").GetUInt64(),
            Proof(probe), Bytes(probe, "root1"), Bytes(probe, "root2"));
        Assert.Equal(probe.GetProperty("wantErr").GetBoolean(), result != ProofFailure.None);
    }

    [Fact]
    public void Probes_are_all_present() =>
        Assert.Equal(196, InclusionProbes().Count + ConsistencyProbes().Count);

    [Fact]
    public void VerifyInclusion_negative_index_is_out_of_range() =>
        Assert.Equal(ProofFailure.OutOfRange, MerkleVerifier.VerifyInclusion(-1, 4, new byte[32], ReadOnlySpan<byte>.Empty, new byte[32]));

    internal static TheoryData<string> Probes(string kind)
    {
        var root = TestData.Path("transparency-dev", kind);
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TestData.Path("transparency-dev"), file));
        }
        return data;
    }

    internal static JsonElement Load(string file) =>
        JsonDocument.Parse(File.ReadAllBytes(TestData.Path("transparency-dev", file))).RootElement;

    internal static byte[] Bytes(JsonElement probe, string name) =>
        probe.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetBytesFromBase64() : [];

    internal static byte[][] Proof(JsonElement probe)
    {
        if (!probe.TryGetProperty("proof", out var proof) || proof.ValueKind != JsonValueKind.Array)
        {
            return [];
        }
        return [.. proof.EnumerateArray().Select(p => p.GetBytesFromBase64())];
    }
}
