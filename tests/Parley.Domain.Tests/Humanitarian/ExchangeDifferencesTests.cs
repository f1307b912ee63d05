using Parley.Domain.Humanitarian;

namespace Parley.Domain.Tests.Humanitarian;

public sealed class ExchangeDifferencesTests
{
    [Fact]
    public void Of_counts_each_kind_and_not_the_exchanged_or_awaiting()
    {
        var d = ExchangeDifferences.Of(
        [
            new("a", "RU", PersonOutcome.Exchanged),
            new("b", "RU", PersonOutcome.NotReceived),
            new("c", "UA", PersonOutcome.NotReleased),
            new("d", "UA", PersonOutcome.NotReleased),
            new("e", null, PersonOutcome.NotListed),
            new("f", "UA", PersonOutcome.AwaitingConfirmation),
        ]);
        Assert.Equal(new ExchangeDifferences(2, 1, 1), d);
        Assert.Equal(4, d.Total);
        Assert.Equal(0, ExchangeDifferences.Of([new("a", "RU", PersonOutcome.Exchanged)]).Total);
    }
}
