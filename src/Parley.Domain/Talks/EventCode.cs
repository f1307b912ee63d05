namespace Parley.Domain.Talks;

/// <summary>
/// An event code from CAMEO (e.g. 036 "express intent to meet or negotiate", 1 to 4 digits under roots 01–20) or
/// PLOVER (one of its sixteen event types, e.g. THREATEN).
/// </summary>
public sealed record EventCode(EventCodeScheme Scheme, string Code)
{
    public static IReadOnlyList<string> PloverTypes { get; } =
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ];

    /// <summary>Null when the code is well formed for its scheme, otherwise the reason it is not.</summary>
    public string? Problem() => Scheme switch
    {
        EventCodeScheme.Cameo => CameoProblem(Code),
        EventCodeScheme.Plover => PloverTypes.Contains(Code?.Trim().ToUpperInvariant())
            ? null
            : $"'{Code}' is not a PLOVER event type ({string.Join(", ", PloverTypes)}).",
        _ => "the scheme must be CAMEO or PLOVER.",
    };

    /// <summary>The CAMEO root (01–20) or the PLOVER type.</summary>
    public string Root => Scheme == EventCodeScheme.Cameo && Code.Length >= 2 ? Code[..2] : Code.ToUpperInvariant();

    private static string? CameoProblem(string? code)
    {
        if (code is not { Length: >= 2 and <= 4 } || !code.All(char.IsAsciiDigit))
        {
            return $"'{code}' is not a CAMEO code: 2 to 4 digits, e.g. 036 or 1056.";
        }
        var root = int.Parse(code.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);
        return root is >= 1 and <= 20 ? null : $"'{code}' has root {code[..2]}; CAMEO roots run from 01 to 20.";
    }
}
