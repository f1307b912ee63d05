using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Parley.Domain.Access;
using Parley.Domain.Talks;
using Parley.Server.Auth;
using Parley.Server.Components.Shared;
using Parley.Server.Localization;
using Parley.Application.Talks;

namespace Parley.Server.Components;

/// <summary>
/// Base of the record pages: who is reading (as a <see cref="Viewer"/>), the reader service that filters by it,
/// and the reader's today. Pages load in <see cref="LoadAsync"/> and never touch the DbContext.
/// </summary>
public abstract class ParleyPage : ParleyComponent
{
    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject] protected ITalksReader Reader { get; set; } = default!;

    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    [Inject] internal UserClock Clock { get; set; } = default!;

    protected Viewer Viewer { get; private set; } = Viewer.Anonymous;

    protected ClaimsPrincipal User { get; private set; } = new();

    protected DateOnly Today => DateOnly.FromDateTime(Clock.Now.DateTime);

    protected IReadOnlyDictionary<Guid, Person> People { get; private set; } = new Dictionary<Guid, Person>();

    protected override async Task OnInitializedAsync()
    {
        if (AuthenticationState is not null)
        {
            User = (await AuthenticationState).User;
        }
        Viewer = User.ToViewer();
        await LoadAsync();
    }

    protected abstract Task LoadAsync();

    /// <summary>Loads the persons the viewer may see, for showing names beside the ids records hold.</summary>
    protected async Task LoadPeopleAsync() =>
        People = (await Reader.ListAsync<Person>(Viewer)).ToDictionary(p => p.Id);

    /// <summary>Answers 404 with the not-found page: the record does not exist or the viewer may not see it.</summary>
    protected void NotFound() => Navigation.NotFound();

    protected string PersonName(Guid? id) =>
        id is { } key && People.TryGetValue(key, out var person) ? Names.Of(person) : T["Common.Unknown"];
}
