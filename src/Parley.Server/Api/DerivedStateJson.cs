using System.Text.Json.Serialization.Metadata;
using Parley.Domain.Talks;

namespace Parley.Server.Api;

/// <summary>
/// Adds a read-only <c>state</c> to every deadline and summit proposal the API writes, derived by the domain's
/// <see cref="StateRule"/> for today (UTC), so API clients read the same phase the pages show instead of
/// re-deriving it from the stored status. Sent back in a request body it is ignored.
/// </summary>
internal static class DerivedStateJson
{
    public static IJsonTypeInfoResolver WithDerivedState(this IJsonTypeInfoResolver resolver, TimeProvider clock) =>
        resolver.WithAddedModifier(info => Modify(info, clock));

    private static void Modify(JsonTypeInfo info, TimeProvider clock)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        if (info.Type == typeof(Deadline))
        {
            Add<Deadline, DeadlineState?>(info, d => d.DueOn is null ? null : d.StateOn(Today(clock)));
        }
        else if (info.Type == typeof(SummitProposal))
        {
            Add<SummitProposal, SummitState>(info, s => s.StateOn(Today(clock)));
        }
    }

    private static void Add<TRecord, TState>(JsonTypeInfo info, Func<TRecord, TState> state)
    {
        var property = info.CreateJsonPropertyInfo(typeof(TState), "state");
        property.Get = o => state((TRecord)o);
        info.Properties.Add(property);
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
