using Parley.Domain.Talks;
using Parley.Domain.Validation;

namespace Parley.Domain.Records;

/// <summary>Finds a party by its ISO 3166 alpha-2 code, its name or an alias, ignoring case.</summary>
public sealed class PartyResolver
{
    private readonly Dictionary<string, string> _codeByKey = new(StringComparer.OrdinalIgnoreCase);

    public PartyResolver(IEnumerable<Party> parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        foreach (var party in parties)
        {
            _codeByKey[party.Code] = party.Code;
            _codeByKey.TryAdd(party.Name.Trim(), party.Code);
            foreach (var alias in party.Aliases)
            {
                _codeByKey.TryAdd(alias.Trim(), party.Code);
            }
        }
    }

    public IReadOnlyCollection<string> Codes => [.. _codeByKey.Values.Distinct()];

    /// <summary>The party's code, or null when nothing matches.</summary>
    public string? Find(string? codeOrName) =>
        codeOrName is not null && _codeByKey.TryGetValue(codeOrName.Trim(), out var code) ? code : null;

    /// <summary>The code for a required party field; records an error naming the field when unknown or empty.</summary>
    public string Resolve(string field, string? codeOrName, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(codeOrName))
        {
            errors.Add(field, "is required: a party code such as UA or a party name.");
            return string.Empty;
        }
        return ResolveOptional(field, codeOrName, errors) ?? codeOrName;
    }

    /// <summary>The code for an optional party field; empty stays null.</summary>
    public string? ResolveOptional(string field, string? codeOrName, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(codeOrName))
        {
            return null;
        }
        if (Find(codeOrName) is { } code)
        {
            return code;
        }
        errors.Add(field, $"'{Truncate(codeOrName)}' is not a known party; use a code ({string.Join(", ", Codes.Order())}) or a party name.");
        return codeOrName;
    }

    public List<string> ResolveAll(string field, IReadOnlyList<string>? codesOrNames, ValidationErrors errors)
    {
        var result = new List<string>();
        for (var i = 0; i < (codesOrNames?.Count ?? 0); i++)
        {
            result.Add(Resolve($"{field}[{i}]", codesOrNames![i], errors));
        }
        return result;
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
