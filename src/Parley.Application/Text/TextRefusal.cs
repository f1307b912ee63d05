using System.Globalization;
using Parley.Application.Outcomes;
using Parley.Text.Format;

namespace Parley.Application.Text;

/// <summary>Refusals of a text's input, keyed by where the error is ("line 3, column 17").</summary>
internal static class TextRefusal
{
    public static Refusal Invalid(IReadOnlyList<TextParseError> errors)
    {
        var byPlace = errors
            .GroupBy(e => string.Create(CultureInfo.InvariantCulture, $"line {e.Line}, column {e.Column}"))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray(), StringComparer.Ordinal);
        return new Refusal(OutcomeStatus.Invalid, string.Join("; ", errors)) { Errors = byPlace };
    }
}
