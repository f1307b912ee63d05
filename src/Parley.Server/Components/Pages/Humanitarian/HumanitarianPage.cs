using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Parley.Domain.Access;
using Parley.Domain.Humanitarian;
using Parley.Server.Auth;
using Parley.Server.Components.Shared;
using Parley.Server.Localization;
using Parley.Application.Humanitarian;

namespace Parley.Server.Components.Pages.Humanitarian;

/// <summary>
/// Base of the humanitarian pages. They call the humanitarian services, which decide who sees what
/// (<see cref="HumanitarianAccess"/>) and audit every personal-data read; a page never decides it. Each call runs
/// in its own service scope: a circuit lives long, a DbContext should not. The reader's address, taken when the
/// circuit starts, goes into the audit rows as the API's do.
/// </summary>
public abstract class HumanitarianPage : ParleyComponent
{
    private string? _address;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject] private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject] private IHttpContextAccessor Http { get; set; } = default!;

    [Inject] internal IStringLocalizer<HumText> H { get; set; } = default!;

    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    [Inject] internal UserClock Clock { get; set; } = default!;

    protected Viewer Viewer { get; private set; } = Viewer.Anonymous;

    /// <summary>Whether the reader serves the host (sees both sides' lists, links, reviews, composes).</summary>
    protected bool IsHostOfficer { get; private set; }

    /// <summary>The parties the humanitarian track knows, by code, with their names.</summary>
    protected IReadOnlyList<(string Code, string Name)> Parties { get; private set; } = [];

    protected override async Task OnInitializedAsync()
    {
        _address = Http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        if (AuthenticationState is not null)
        {
            Viewer = (await AuthenticationState).User.ToViewer();
        }
        var known = await UseAsync<HumanitarianParties, HumanitarianParties.Known>(p => p.LoadAsync());
        IsHostOfficer = HumanitarianAccess.IsHostOfficer(Viewer, known.Access);
        Parties = await UseAsync<Application.Talks.ITalksReader, IReadOnlyList<(string, string)>>(async reader =>
            [.. (await reader.ListAsync<Domain.Talks.Party>(Viewer)).OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => (p.Code, Names.Of(p, T)))]);
        await LoadAsync();
    }

    protected abstract Task LoadAsync();

    /// <summary>Runs one call of a humanitarian service in a fresh scope.</summary>
    protected async Task<TResult> UseAsync<TService, TResult>(Func<TService, Task<TResult>> call)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(call);
        await using var scope = Scopes.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Why and from where personal data is read, for the audit trail.</summary>
    protected ReadContext Reading(string purpose) => new(purpose, _address);

    protected string PartyName(string? code) =>
        Parties.FirstOrDefault(p => p.Code == code) is { Name: { } name } ? name : code ?? "";
}
