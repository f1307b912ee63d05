namespace Parley.Domain.Humanitarian;

/// <summary>
/// One party's account, after the exchange, of whom it actually released and received, by
/// commitment. Each party signs its own; a batch is confirmed only with both.
/// </summary>
public sealed record ExchangeConfirmation(string Party, IReadOnlySet<string> Released, IReadOnlySet<string> Received);
