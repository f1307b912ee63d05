using Parley.Domain.Access;

namespace Parley.Application.Tests.Humanitarian;

internal static class Officers
{
    public static readonly Viewer Ua = new(ParleyRole.Humanitarian, "UA", "hua", "officer@ua.test");
    public static readonly Viewer Ru = new(ParleyRole.Humanitarian, "RU", "hru", "officer@ru.test");
    public static readonly Viewer Host = new(ParleyRole.Humanitarian, "TR", "htr", "officer@tr.test");
    public static readonly Viewer Admin = new(ParleyRole.Administrator, null, "adm", "admin@test");
    public static readonly Viewer Mediator = new(ParleyRole.Mediator, null, "m1", "mediator@test");
}
