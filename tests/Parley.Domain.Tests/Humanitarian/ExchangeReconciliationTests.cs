using Parley.Domain.Humanitarian;

namespace Parley.Domain.Tests.Humanitarian;

public sealed class ExchangeReconciliationTests
{
    private static readonly ExchangeManifest Manifest = new(
        "b1",
        new ExchangeTerms("UA", "RU", [new CategoryTerms(PersonCategory.Military, 1, 1)]),
        [
            new("u1", "UA", PersonCategory.Military, PriorityGroups.None),
            new("u2", "UA", PersonCategory.Military, PriorityGroups.None),
            new("r1", "RU", PersonCategory.Military, PriorityGroups.None),
            new("r2", "RU", PersonCategory.Military, PriorityGroups.None),
        ]);

    private static ExchangeConfirmation Confirm(string party, string[] released, string[] received) =>
        new(party, released.ToHashSet(), received.ToHashSet());

    private static PersonOutcome OutcomeOf(IReadOnlyList<PersonExchangeOutcome> all, string c) => all.Single(o => o.Commitment == c).Outcome;

    [Fact]
    public void Reconcile_everyone_confirmed_is_exchanged()
    {
        var all = ExchangeReconciliation.Reconcile(Manifest, Confirm("UA", ["u1", "u2"], ["r1", "r2"]), Confirm("RU", ["r1", "r2"], ["u1", "u2"]));
        Assert.All(all, o => Assert.Equal(PersonOutcome.Exchanged, o.Outcome));
    }

    [Fact]
    public void Reconcile_shows_not_released_not_received_and_not_listed()
    {
        var all = ExchangeReconciliation.Reconcile(Manifest, Confirm("UA", ["u1", "u2"], ["r1", "x9"]), Confirm("RU", ["r1"], ["u1"]));
        Assert.Equal(PersonOutcome.Exchanged, OutcomeOf(all, "u1"));
        Assert.Equal(PersonOutcome.NotReceived, OutcomeOf(all, "u2"));
        Assert.Equal(PersonOutcome.Exchanged, OutcomeOf(all, "r1"));
        Assert.Equal(PersonOutcome.NotReleased, OutcomeOf(all, "r2"));
        Assert.Equal(PersonOutcome.NotListed, OutcomeOf(all, "x9"));
    }

    [Fact]
    public void Reconcile_one_confirmation_leaves_the_rest_awaiting()
    {
        var all = ExchangeReconciliation.Reconcile(Manifest, Confirm("UA", ["u1", "u2"], ["r1", "r2"]), null);
        Assert.All(all, o => Assert.Equal(PersonOutcome.AwaitingConfirmation, o.Outcome));
    }
}
