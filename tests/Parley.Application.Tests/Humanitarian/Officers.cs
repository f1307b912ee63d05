using Parley.Data;
using Parley.Domain.Access;
using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
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

namespace Parley.Application.Tests.Humanitarian;

internal static class Officers
{
    public static readonly Viewer Ua = new(ParleyRole.Humanitarian, "UA", "hua", "officer@ua.test");
    public static readonly Viewer Ru = new(ParleyRole.Humanitarian, "RU", "hru", "officer@ru.test");
    public static readonly Viewer Host = new(ParleyRole.Humanitarian, "TR", "htr", "officer@tr.test");
    public static readonly Viewer Admin = new(ParleyRole.Administrator, null, "adm", "admin@test");
    public static readonly Viewer Mediator = new(ParleyRole.Mediator, null, "m1", "mediator@test");
}
