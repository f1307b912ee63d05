using Parley.Data;
using Parley.Data.Configuration;
using Parley.Data.Entities;
using Parley.Data.Humanitarian;
using Parley.Data.Identity;
using Parley.Data.Keys;
using Parley.Data.Writing;
using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

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
