using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Parley.Server.Localization;

namespace Parley.Server.Components.Forms;

/// <summary>
/// The domain's validation messages (English, the API's language, some naming a field: "is before StartsOn") said in
/// the form reader's words. The shapes are those of <c>Parley.Domain.Validation.ValidationErrors</c> and the records'
/// date rules; a message of another shape is shown as the domain wrote it.
/// </summary>
internal static partial class DomainMessages
{
    private static readonly (Regex Shape, string Key)[] Shapes =
    [
        (Required(), "Check.Required"),
        (TooLong(), "Check.TooLong"),
        (TooMany(), "Check.TooMany"),
        (BeforeStart(), "Check.BeforeStart"),
        (BeforeRound(), "Check.BeforeRound"),
        (BeforeProposal(), "Check.BeforeProposal"),
        (NotDaysAfter(), "Check.NotDaysAfter"),
        (NotAfterStated(), "Check.NotAfterStated"),
        (NeedsDate(), "Check.NeedsDate"),
    ];

    public static string Say(string message, IStringLocalizer<UiText> t)
    {
        foreach (var (shape, key) in Shapes)
        {
            if (shape.Match(message) is { Success: true } m)
            {
                return t[key, [.. m.Groups.Cast<Group>().Skip(1).Select(g => g.Value)]];
            }
        }
        return message;
    }

    [GeneratedRegex(@"^is required\.$")]
    private static partial Regex Required();

    [GeneratedRegex(@"^is (\d+) characters long; at most (\d+) are allowed\.$")]
    private static partial Regex TooLong();

    [GeneratedRegex(@"^has (\d+) items; at most (\d+) are allowed\.$")]
    private static partial Regex TooMany();

    [GeneratedRegex(@"^(\d{4}-\d\d-\d\d) is before [A-Za-z\[\]\d.]+ (\d{4}-\d\d-\d\d)\.$")]
    private static partial Regex BeforeStart();

    [GeneratedRegex(@"^(\d{4}-\d\d-\d\d) is before the round began \((\d{4}-\d\d-\d\d)\)\.$")]
    private static partial Regex BeforeRound();

    [GeneratedRegex(@"^(\d{4}-\d\d-\d\d) is before the proposal was made \((\d{4}-\d\d-\d\d)\)\.$")]
    private static partial Regex BeforeProposal();

    [GeneratedRegex(@"^(\d{4}-\d\d-\d\d) is not (\d+) days after (\d{4}-\d\d-\d\d)\.$")]
    private static partial Regex NotDaysAfter();

    [GeneratedRegex(@"^(\d{4}-\d\d-\d\d) is not after the day it was stated \((\d{4}-\d\d-\d\d)\)\.$")]
    private static partial Regex NotAfterStated();

    [GeneratedRegex(@"^a deadline needs a date: give (at least one revision with )?DueOn or Days\.$")]
    private static partial Regex NeedsDate();
}
