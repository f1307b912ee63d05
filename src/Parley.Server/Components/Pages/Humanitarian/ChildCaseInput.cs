using Parley.Data.Humanitarian;
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

namespace Parley.Server.Components.Pages.Humanitarian;

/// <summary>The new-case form's fields; the service checks them (names required, lengths) and says why it refuses.</summary>
public sealed class ChildCaseInput
{
    public string? Party { get; set; }

    public string? FamilyName { get; set; }

    public string? GivenName { get; set; }

    public string? Patronymic { get; set; }

    public string? DateOfBirth { get; set; }

    public string? RemovedOn { get; set; }

    public string? RemovedFrom { get; set; }

    public string? LastKnownLocation { get; set; }

    public string? GuardianContact { get; set; }

    public ChildCaseDetails ToDetails() => new(
        FamilyName?.Trim() ?? "", GivenName?.Trim() ?? "", Blank(Patronymic), Blank(DateOfBirth), Blank(RemovedOn),
        Blank(RemovedFrom), Blank(LastKnownLocation), Blank(GuardianContact));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
