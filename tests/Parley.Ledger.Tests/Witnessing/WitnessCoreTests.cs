using System.Text;
using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;
using Parley.Ledger.Tiles;
using Parley.Ledger.Witnessing;

namespace Parley.Ledger.Tests.Witnessing;

/// <summary>C2SP tlog-witness add-checkpoint, status by status, on real trees (tiles in memory) and real signatures.</summary>
public sealed class WitnessCoreTests : IDisposable
{
    private const string Origin = "example.org/log";
    private readonly NoteSigner _host = NoteSigner.Generate(Origin);
    private readonly NoteSigner _impostor = NoteSigner.Generate(Origin);
    private readonly MemoryTileStore _tiles = new();

    [Fact]
    public async Task Check_firstThenConsistentCheckpoints_areCosigned()
    {
        Grow(10);
        var first = WitnessCore.Check(null, [_host.Verifier], Request(0, [], Note(_host)));
        Assert.Equal((WitnessStatus.Cosign, 10L), (first.Status, first.Checkpoint!.Size));

        Grow(300);
        var second = WitnessCore.Check(first.Checkpoint, [_host.Verifier], Request(10, await ProofAsync(10), Note(_host)));

        Assert.Equal((WitnessStatus.Cosign, 310L, false), (second.Status, second.Checkpoint!.Size, second.Contradicts));
        Assert.Equal(WitnessStatus.Cosign, WitnessCore.Check(second.Checkpoint, [_host.Verifier], Request(310, [], Note(_host))).Status);
    }

    [Fact]
    public void Check_staleOldSize_is409WithTheKnownSize()
    {
        Grow(20);
        var last = Checkpoint(_host);
        Grow(5);

        var verdict = WitnessCore.Check(last, [_host.Verifier], Request(0, [], Note(_host)));

        Assert.Equal((WitnessStatus.Conflict, 20L, false), (verdict.Status, verdict.KnownSize, verdict.Contradicts));
    }

    [Fact]
    public void Check_unknownOrigin_is404_andNoTrustedSignature_is403()
    {
        Grow(3);
        using var other = NoteSigner.Generate("elsewhere.example/log");

        Assert.Equal(WitnessStatus.UnknownLog, WitnessCore.Check(null, [_host.Verifier], Request(0, [], Note(other))).Status);
        Assert.Equal(WitnessStatus.Forbidden, WitnessCore.Check(null, [_host.Verifier], Request(0, [], Note(_impostor))).Status);
        var tampered = Encoding.UTF8.GetString(Note(_host)).Replace("\n3\n", "\n4\n", StringComparison.Ordinal);
        Assert.Equal(WitnessStatus.Forbidden, WitnessCore.Check(null, [_host.Verifier], Request(0, [], Encoding.UTF8.GetBytes(tampered))).Status);
    }

    [Fact]
    public async Task Check_proofThatDoesNotVerify_is422AndEvidence()
    {
        Grow(40);
        var last = Checkpoint(_host);
        Grow(40);
        var proof = await ProofAsync(40);
        proof[0][0] ^= 1;

        var verdict = WitnessCore.Check(last, [_host.Verifier], Request(40, proof, Note(_host)));

        Assert.Equal((WitnessStatus.Unprocessable, true), (verdict.Status, verdict.Contradicts));
        Assert.Equal(WitnessStatus.Unprocessable, WitnessCore.Check(null, [_host.Verifier], Request(0, proof, Note(_host))).Status);
    }

    [Fact]
    public void Check_sameSizeOtherRoot_isAFork_andAShrunkLogIsCaught()
    {
        Grow(8);
        var cosigned = Checkpoint(_host);
        var forked = new Checkpoint(Origin, 8, new byte[32]);
        var fork = WitnessCore.Check(cosigned, [_host.Verifier], Request(8, [], SignedNote.Sign(forked.ToText(), _host).ToBytes()));
        Assert.Equal((WitnessStatus.Conflict, true), (fork.Status, fork.Contradicts));
        Assert.StartsWith("fork: two signed checkpoints of size 8", fork.Message, StringComparison.Ordinal);

        var shrunk = new Checkpoint(Origin, 5, new byte[32]);
        var shrink = WitnessCore.Check(cosigned, [_host.Verifier], Request(8, [], SignedNote.Sign(shrunk.ToText(), _host).ToBytes()));
        Assert.Equal((WitnessStatus.BadRequest, true), (shrink.Status, shrink.Contradicts));
        Assert.Contains("shrank", shrink.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_requestBody_roundTripsAndRefusesMalformedLines()
    {
        var request = new AddCheckpointRequest(20852014, [new byte[32], Enumerable.Repeat((byte)7, 32).ToArray()], Encoding.UTF8.GetBytes("o\n1\nAAAA\n\n— o AAAAAAA=\n"));

        var parsed = AddCheckpointRequest.Parse(request.ToBytes());

        Assert.Equal(request.OldSize, parsed.OldSize);
        Assert.Equal(request.Proof, parsed.Proof);
        Assert.Equal(request.Note, parsed.Note);
        foreach (var bad in new[] { "old 01\n\nx", "old -1\n\nx", "new 1\n\nx", "old 1\nAAAA\n\nx", "old 1\nx" })
        {
            Assert.Throws<LedgerFormatException>(() => AddCheckpointRequest.Parse(Encoding.UTF8.GetBytes(bad)));
        }

        var tooLong = "old 1\n" + string.Concat(Enumerable.Repeat(Convert.ToBase64String(new byte[32]) + "\n", 64)) + "\nx";
        Assert.Contains("at most 63", Assert.Throws<LedgerFormatException>(() => AddCheckpointRequest.Parse(Encoding.UTF8.GetBytes(tooLong))).Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _host.Dispose();
        _impostor.Dispose();
    }

    private static AddCheckpointRequest Request(long old, byte[][] proof, byte[] note) => new(old, proof, note);

    private void Grow(int count) => _tiles.Append([.. Enumerable.Range(0, count).Select(i => Encoding.UTF8.GetBytes($"entry {_tiles.Size + i}"))]);

    private Checkpoint Checkpoint(NoteSigner signer) => Ledger.Notes.Checkpoint.Parse(SignedNote.Parse(Note(signer)).Text);

    private byte[] Note(NoteSigner signer)
    {
        var root = new MerkleProver(new TileNodeReader(_tiles, new TileCache(64), _tiles.Size)).RootAsync(_tiles.Size).AsTask().GetAwaiter().GetResult();
        return SignedNote.Sign(new Checkpoint(signer.Name, _tiles.Size, root).ToText(), signer).ToBytes();
    }

    private async Task<byte[][]> ProofAsync(long oldSize) =>
        [.. (await new MerkleProver(new TileNodeReader(_tiles, new TileCache(64), _tiles.Size)).ConsistencyProofAsync(oldSize, _tiles.Size)).Chunk(32)];
}
