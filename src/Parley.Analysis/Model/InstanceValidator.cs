namespace Parley.Analysis.Model;

/// <summary>Checks an instance against the contract and throws <see cref="InvalidInstanceException"/> on the first fault.</summary>
internal static class InstanceValidator
{
    public static void Validate(NegotiationInstance instance)
    {
        if (instance.Issues is null || instance.Issues.Count == 0)
        {
            throw new InvalidInstanceException(null, null, "issues", "an instance needs at least one issue");
        }

        if (instance.Parties is null || instance.Parties.Count == 0)
        {
            throw new InvalidInstanceException(null, null, "parties", "an instance needs at least one party");
        }

        ValidateIssues(instance.Issues);
        var partyNames = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < instance.Parties.Count; p++)
        {
            var party = instance.Parties[p] ?? throw new InvalidInstanceException(null, null, $"parties[{p}]", "is null");
            if (string.IsNullOrWhiteSpace(party.Name))
            {
                throw new InvalidInstanceException(null, null, $"parties[{p}].name", "a party needs a name");
            }

            if (!partyNames.Add(party.Name))
            {
                throw new InvalidInstanceException(party.Name, null, "name", "two parties have this name");
            }

            ValidateParty(party, instance.Issues);
        }
    }

    private static void ValidateIssues(IReadOnlyList<Issue> issues)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < issues.Count; i++)
        {
            var issue = issues[i] ?? throw new InvalidInstanceException(null, null, $"issues[{i}]", "is null");
            if (string.IsNullOrWhiteSpace(issue.Name))
            {
                throw new InvalidInstanceException(null, null, $"issues[{i}].name", "an issue needs a name");
            }

            if (!names.Add(issue.Name))
            {
                throw new InvalidInstanceException(null, issue.Name, "name", "two issues have this name");
            }

            if (issue.Options is null || issue.Options.Count == 0)
            {
                throw new InvalidInstanceException(null, issue.Name, "options", "an issue needs at least one option");
            }
        }
    }

    private static void ValidateParty(Party party, IReadOnlyList<Issue> issues)
    {
        if (party.Weights is null || party.Weights.Count != issues.Count)
        {
            throw new InvalidInstanceException(party.Name, null, "weights",
                $"has {party.Weights?.Count ?? 0} weights for {issues.Count} issues");
        }

        if (party.Values is null || party.Values.Count != issues.Count)
        {
            throw new InvalidInstanceException(party.Name, null, "values",
                $"has {party.Values?.Count ?? 0} value lists for {issues.Count} issues");
        }

        var sum = 0.0;
        for (var i = 0; i < issues.Count; i++)
        {
            var w = party.Weights[i];
            if (!double.IsFinite(w) || w < 0)
            {
                throw new InvalidInstanceException(party.Name, issues[i].Name, $"weights[{i}]",
                    $"weight {Format(w)} is not a finite non-negative number");
            }

            sum += w;
            ValidateValues(party, issues[i], i);
        }

        if (sum <= 0)
        {
            throw new InvalidInstanceException(party.Name, null, "weights", "all weights are zero; at least one must be positive");
        }

        if (!double.IsFinite(party.Reservation) || party.Reservation < 0 || party.Reservation > 1)
        {
            throw new InvalidInstanceException(party.Name, null, "reservation",
                $"reservation {Format(party.Reservation)} is outside [0, 1]");
        }
    }

    private static void ValidateValues(Party party, Issue issue, int i)
    {
        var values = party.Values[i];
        if (values is null || values.Count != issue.Options.Count)
        {
            throw new InvalidInstanceException(party.Name, issue.Name, $"values[{i}]",
                $"has {values?.Count ?? 0} values for {issue.Options.Count} options");
        }

        for (var k = 0; k < values.Count; k++)
        {
            var v = values[k];
            if (!double.IsFinite(v) || v < 0 || v > 1)
            {
                throw new InvalidInstanceException(party.Name, issue.Name, $"values[{i}][{k}]",
                    $"value {Format(v)} of option '{issue.Options[k]}' is outside [0, 1]");
            }
        }
    }

    internal static string Format(double x) => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
