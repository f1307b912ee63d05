using System.Text;
using Parley.Ledger.Notes;
using Parley.Ledger.Witnessing;

namespace Parley.Ledger.Tests.Witnessing;

/// <summary>How the log reads a witness's answer to its add-checkpoint push, with real keys and signatures.</summary>
public sealed class WitnessReplyTests : IDisposable
{
    private const string Text = "example.org/log\n42\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n";
    private readonly NoteSigner _witness = NoteSigner.Generate("party.witness");
    private readonly NoteSigner _other = NoteSigner.Generate("party.witness");

    [Fact]
    public void Read_200_withTheWitnessCosignature_isCosigned_withItsTimestamp()
    {
        var line = Cosignature.Sign(_witness, Text, 1_764_000_000).Line;

        var reply = WitnessReply.Read(200, "text/plain", Encoding.UTF8.GetBytes(line + "\n"), _witness.Verifier, Text, 42);

        Assert.Equal(WitnessReplyKind.Cosigned, reply.Kind);
        var stored = Assert.Single(reply.Cosignatures);
        Assert.Equal((42L, "party.witness", 1_764_000_000L, line), (stored.Size, stored.Cosigner, stored.SignedUnix, stored.Line));
    }

    [Fact]
    public void Read_200_signedByAnotherKeyOfTheSameName_isRefused()
    {
        var line = Cosignature.Sign(_other, Text, 1_764_000_000).Line;

        var reply = WitnessReply.Read(200, "text/plain", Encoding.UTF8.GetBytes(line + "\n"), _witness.Verifier, Text, 42);

        Assert.Equal(WitnessReplyKind.Refused, reply.Kind);
        Assert.Empty(reply.Cosignatures);
        Assert.Contains("configured witness key", reply.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_200_overAnotherCheckpoint_isRefused()
    {
        var line = Cosignature.Sign(_witness, Text.Replace("42", "43", StringComparison.Ordinal), 1_764_000_000).Line;

        Assert.Equal(WitnessReplyKind.Refused, WitnessReply.Read(200, "text/plain", Encoding.UTF8.GetBytes(line + "\n"), _witness.Verifier, Text, 42).Kind);
    }

    [Fact]
    public void Read_409_tlogSize_givesTheSizeTheWitnessKnows()
    {
        var reply = WitnessReply.Read(409, "text/x.tlog.size", "17\n"u8, _witness.Verifier, Text, 42);

        Assert.Equal((WitnessReplyKind.StaleSize, 17L), (reply.Kind, reply.KnownSize));
    }

    [Theory]
    [InlineData(409, "text/x.tlog.size", "seventeen\n", "not a decimal number")]
    [InlineData(409, "text/plain", "different roots for size 42", "409: different roots")]
    [InlineData(422, "text/plain", "proof does not verify", "422: proof does not verify")]
    [InlineData(200, "text/plain", "hello", "not signature lines")]
    public void Read_otherAnswers_areRefused_sayingWhy(int status, string type, string body, string expected)
    {
        var reply = WitnessReply.Read(status, type, Encoding.UTF8.GetBytes(body), _witness.Verifier, Text, 42);

        Assert.Equal(WitnessReplyKind.Refused, reply.Kind);
        Assert.Contains(expected, reply.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _witness.Dispose();
        _other.Dispose();
    }
}
