using Parley.Data.Identity;
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

namespace Parley.Server.Features.Users;

public sealed record NewUserRequest(string Email, string Role, string? Party, string? Password);

/// <summary>The created account; the generated one-time password is returned once, when none was given.</summary>
public sealed record NewUserResponse(UserSummary User, string? GeneratedPassword);
