using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Server.Api;
using Parley.Server.Auth;
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
        group.MapGet("/author", AuthorAsync).WithName("FindLogAuthor")
            .WithSummary("Who a log pseudonym (role/party/id) is: administrators only, each lookup an audited read; never in the public log.");
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<UserSummary>>, ValidationProblem, ProblemHttpResult>> AuthorAsync(HttpContext http, AuthorLookup lookup, string? pseudonym, CancellationToken cancellationToken) =>
        (await lookup.FindAsync(http.ToViewer(), pseudonym, Humanitarian.HumanitarianEndpoints.Context(http, "log author lookup"), cancellationToken))
            .ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<IReadOnlyList<UserSummary>>, ValidationProblem, ProblemHttpResult>> ListAsync(HttpContext http, AccountList accounts, CancellationToken cancellationToken) =>
        (await accounts.ListAsync(http.ToViewer(), Humanitarian.HumanitarianEndpoints.Context(http, "account list"), cancellationToken)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Created<NewUserResponse>, ValidationProblem>> CreateAsync(NewUserRequest request, UserAccounts accounts)
    {
        var created = await accounts.CreateAsync(request.Email, request.Role, request.Party, string.IsNullOrEmpty(request.Password) ? null : request.Password);
        return created.Succeeded
            ? TypedResults.Created($"/api/users/{created.User!.Id}", new NewUserResponse(created.User, created.GeneratedPassword))
            : Problems.Invalid(created.Errors.ToDictionary(e => e.Key, e => e.Value));
    }
}
