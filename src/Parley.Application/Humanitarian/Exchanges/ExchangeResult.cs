
namespace Parley.Application.Humanitarian.Exchanges;

public enum ExchangeStatus { Ok, NotFound, Forbidden, Invalid, Conflict }

/// <summary>The outcome of a change to a batch; <see cref="Message"/> says why when it is refused.</summary>
public sealed record ExchangeResult(ExchangeStatus Status, string Message, Guid? BatchId = null)
{
    public static ExchangeResult Ok(string message, Guid id) => new(ExchangeStatus.Ok, message, id);

    public static ExchangeResult Invalid(string message) => new(ExchangeStatus.Invalid, message);

    public static ExchangeResult Forbidden(string message) => new(ExchangeStatus.Forbidden, message);

    public static ExchangeResult NotFound(Guid id) => new(ExchangeStatus.NotFound, $"No batch {id}.");
}
