using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Parley.Domain.Access;

namespace Parley.Browser.Tests.Sweep;

/// <summary>Who opens a page in the sweep: the least privileged reader that may see it.</summary>
public enum SweepReader
{
    Anonymous,
    Mediator,
    Delegate,
    Officer,
}

/// <summary>A page's route template as the app declares it, and who may open it.</summary>
public sealed record PageRoute(string Template, IReadOnlyList<SweepReader> Readers)
{
    /// <summary>The reader a fixed page is opened as.</summary>
    public SweepReader Reader => Readers[0];

    public bool HasParameters => Template.Contains('{', StringComparison.Ordinal);

    /// <summary>Matches a concrete path for this template: a GUID or a number where the template has a parameter.</summary>
    public Regex Pattern { get; } = new("^" + Regex.Replace(Regex.Escape(Template).Replace(@"\{", "{", StringComparison.Ordinal),
        @"\{[^}:]+(:(?<type>[a-z]+))?\}", m => m.Groups["type"].Value switch
        {
            "guid" => "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
            "long" or "int" => "[0-9]+",
            _ => "[^/?#]+",
        }) + "$", RegexOptions.CultureInvariant);
}

/// <summary>
/// Every page of the app, read from the <see cref="RouteAttribute"/>s of its Razor components (so a new page is
/// swept without touching the tests), with the reader its <see cref="AuthorizeAttribute"/> needs.
/// </summary>
public static class PageRoutes
{
    public static IReadOnlyList<PageRoute> All { get; } = Discover();

    private static List<PageRoute> Discover() =>
    [
        .. typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => new PageRoute(r.Template, ReadersOf(t))))
            .OrderBy(r => r.Template, StringComparer.Ordinal),
    ];

    /// <summary>The readers that may open <paramref name="page"/>, least privileged first.</summary>
    private static SweepReader[] ReadersOf(Type page)
    {
        var authorize = page.GetCustomAttribute<AuthorizeAttribute>();
        if (authorize is null)
        {
            return [SweepReader.Anonymous];
        }
        var roles = (authorize.Roles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (roles.Length == 0)
        {
            return [SweepReader.Mediator];
        }
        SweepReader[] readers =
        [
            .. roles.Contains(ParleyRoles.Mediator) ? [SweepReader.Mediator] : Array.Empty<SweepReader>(),
            .. roles.Contains(ParleyRoles.Delegation) ? [SweepReader.Delegate] : Array.Empty<SweepReader>(),
            .. roles.Contains(ParleyRoles.Humanitarian) ? [SweepReader.Officer] : Array.Empty<SweepReader>(),
        ];
        return readers.Length > 0 ? readers
            : throw new InvalidOperationException($"{page.Name} needs roles the sweep has no reader for: {authorize.Roles}");
    }
}
