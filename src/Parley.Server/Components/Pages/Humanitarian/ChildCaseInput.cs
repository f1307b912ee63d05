using Parley.Application.Humanitarian.Children;

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
