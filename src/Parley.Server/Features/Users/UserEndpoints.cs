using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Data.Identity;
using Parley.Server.Api;
using Parley.Server.Auth;
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

public static class UserEndpoints
{
    public static RouteGroupBuilder MapUsers(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users")
            .RequireAuthorization(ParleyPolicies.Administrator);
        group.MapGet("/", ListAsync).WithName("ListUsers");
        group.MapPost("/", CreateAsync).WithName("CreateUser");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<UserSummary>>> ListAsync(UserAccounts accounts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await accounts.ListAsync(cancellationToken));

    private static async Task<Results<Created<NewUserResponse>, ValidationProblem>> CreateAsync(NewUserRequest request, UserAccounts accounts)
    {
        var created = await accounts.CreateAsync(request.Email, request.Role, request.Party, string.IsNullOrEmpty(request.Password) ? null : request.Password);
        return created.Succeeded
            ? TypedResults.Created($"/api/users/{created.User!.Id}", new NewUserResponse(created.User, created.GeneratedPassword))
            : Problems.Invalid(created.Errors.ToDictionary(e => e.Key, e => e.Value));
    }
}
