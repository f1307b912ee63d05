namespace Parley.Domain.Humanitarian;

/// <summary>
/// What the two confirmations of a batch disagree on, counted (issue 15): the batch's status must name these rather
/// than read as a plain success. Persons still awaiting a confirmation are not differences.
/// </summary>
public sealed record ExchangeDifferences(int NotReleased, int NotReceived, int NotListed)
{
    public static ExchangeDifferences None { get; } = new(0, 0, 0);

    public int Total => NotReleased + NotReceived + NotListed;

    public static ExchangeDifferences Of(IEnumerable<PersonExchangeOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        int notReleased = 0, notReceived = 0, notListed = 0;
        foreach (var o in outcomes)
        {
            switch (o.Outcome)
            {
                case PersonOutcome.NotReleased:
                    notReleased++;
                    break;
                case PersonOutcome.NotReceived:
                    notReceived++;
                    break;
                case PersonOutcome.NotListed:
                    notListed++;
                    break;
            }
        }
        return new ExchangeDifferences(notReleased, notReceived, notListed);
    }
}
