using Parley.Domain.Humanitarian;

namespace Parley.Domain.Tests.Humanitarian;

public sealed class BatchSignaturesTests
{
    [Theory]
    [InlineData(false, false, false, false, BatchStatus.Draft)]
    [InlineData(true, false, false, false, BatchStatus.SignedByOne)]
    [InlineData(false, true, false, false, BatchStatus.SignedByOne)]
    [InlineData(true, true, false, false, BatchStatus.Agreed)]
    [InlineData(true, true, false, true, BatchStatus.ConfirmedByOne)]
    [InlineData(true, true, true, true, BatchStatus.ConfirmedByBoth)]
    [InlineData(true, false, true, true, BatchStatus.SignedByOne)]
    public void Status_follows_the_verified_signatures(bool m1, bool m2, bool c1, bool c2, BatchStatus expected)
    {
        Assert.Equal(expected, new BatchSignatures(m1, m2, c1, c2).Status);
    }

    [Fact]
    public void Editable_only_before_any_manifest_signature()
    {
        Assert.True(BatchSignatures.None.Editable);
        Assert.False((BatchSignatures.None with { SecondSignedManifest = true }).Editable);
        Assert.False((BatchSignatures.None with { FirstSignedManifest = true }).AcceptsConfirmations);
        Assert.True(new BatchSignatures(true, true, false, false).AcceptsConfirmations);
    }
}
