using Parley.Domain.Access;

namespace Parley.Application.Tests.Infrastructure;

internal static class Actors
{
    public static readonly Viewer Mediator = new(ParleyRole.Mediator, null, "m1", "mediator@test");
    public static readonly Viewer Ua = new(ParleyRole.Delegation, "UA", "ua1", "ua@test");
    public static readonly Viewer Ru = new(ParleyRole.Delegation, "RU", "ru1", "ru@test");
    public static readonly Viewer Observer = new(ParleyRole.Observer, null, "o1", "observer@test");
}
