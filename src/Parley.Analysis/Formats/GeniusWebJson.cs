using System.Text.Json;
using Parley.Analysis.Model;

namespace Parley.Analysis.Formats;

/// <summary>
/// Reads GeniusWeb (Baarslag et al., TU Delft) <c>LinearAdditiveUtilitySpace</c> profiles: per issue a discrete
/// value-set utility (<c>DiscreteValueSetUtilities</c>, or <c>discreteutils</c> in older files) with
/// <c>valueUtilities</c>, <c>issueWeights</c>, the embedded <c>domain</c> (<c>issuesValues</c>) and an optional
/// <c>reservationBid</c>, whose utility becomes the reservation value. A separate domain file may be given.
/// </summary>
public static class GeniusWebJson
{
    /// <summary>True for a GeniusWeb linear additive profile (it has <c>LinearAdditiveUtilitySpace</c>).</summary>
    public static bool IsProfile(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("LinearAdditiveUtilitySpace", out _);

    /// <summary>True for a GeniusWeb domain (it has <c>issuesValues</c>).</summary>
    public static bool IsDomain(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("issuesValues", out _);

    /// <summary>Reads the profiles (and the domain, when given separately) into a validated instance.</summary>
    /// <exception cref="InvalidInstanceException">A file that does not make a valid instance, naming party, issue and field.</exception>
    public static NegotiationInstance Read(InputFile? domain, IReadOnlyList<InputFile> profiles)
    {
        if (profiles.Count == 0)
        {
            throw new InvalidInstanceException(null, null, "profiles", "GeniusWeb input needs at least one profile");
        }

        var spaces = profiles.Select(p => (File: p, Space: Property(Parse(p), "LinearAdditiveUtilitySpace", p.Name, null))).ToArray();
        var issues = domain is not null
            ? ReadDomain(Parse(domain), domain.Name)
            : ReadDomain(Property(spaces[0].Space, "domain", spaces[0].File.Name, null), spaces[0].File.Name);
        var parties = spaces.Select(s => ReadProfile(s.Space, s.File, issues)).ToArray();
        var instance = new NegotiationInstance(issues, parties);
        InstanceValidator.Validate(instance);
        return instance;
    }

    internal static JsonElement Parse(InputFile file)
    {
        try
        {
            using var document = JsonDocument.Parse(file.Text);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InvalidInstanceException(null, null, file.Name,
                $"malformed JSON at line {(e.LineNumber ?? 0) + 1}: {e.Message.Split(" LineNumber:")[0]}");
        }
    }

    private static Issue[] ReadDomain(JsonElement domain, string file)
    {
        var issues = Property(domain, "issuesValues", file, null);
        return [.. issues.EnumerateObject().Select(issue =>
        {
            if (!issue.Value.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidInstanceException(null, issue.Name, "values",
                    "only discrete value sets (a \"values\" list) are supported");
            }

            return new Issue(issue.Name, [.. values.EnumerateArray().Select(v => v.ToString())]);
        })];
    }

    private static Party ReadProfile(JsonElement space, InputFile file, Issue[] domain)
    {
        var party = space.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
            ? n.GetString()!
            : Path.GetFileNameWithoutExtension(file.Name);
        var utilities = Property(space, "issueUtilities", party, null);
        var weightsJson = Property(space, "issueWeights", party, null);
        foreach (var named in utilities.EnumerateObject().Select(p => p.Name).Concat(weightsJson.EnumerateObject().Select(p => p.Name)))
        {
            if (Array.FindIndex(domain, d => d.Name == named) < 0)
            {
                throw new InvalidInstanceException(party, named, "issueUtilities",
                    "the profile names an issue the domain lacks");
            }
        }

        var weights = new double[domain.Length];
        var values = new IReadOnlyList<double>[domain.Length];
        for (var i = 0; i < domain.Length; i++)
        {
            var issue = domain[i];
            weights[i] = Number(Property(weightsJson, issue.Name, party, issue.Name), party, issue.Name, "issueWeights");
            var set = Property(utilities, issue.Name, party, issue.Name);
            var discrete = set.TryGetProperty("DiscreteValueSetUtilities", out var d) ? d
                : set.TryGetProperty("discreteutils", out var old) ? old
                : throw new InvalidInstanceException(party, issue.Name, "issueUtilities",
                    "only discrete value-set utilities are supported");
            var valueUtilities = Property(discrete, "valueUtilities", party, issue.Name);
            values[i] = [.. issue.Options.Select(o =>
                Number(Property(valueUtilities, o, party, issue.Name), party, issue.Name, $"valueUtilities.{o}"))];
        }

        return new Party(party, weights, values, Reservation(space, domain, weights, values, party));
    }

    private static double Reservation(JsonElement space, Issue[] domain, double[] weights,
        IReadOnlyList<double>[] values, string party)
    {
        if (!space.TryGetProperty("reservationBid", out var bid) || bid.ValueKind == JsonValueKind.Null)
        {
            return 0;
        }

        var chosen = Property(bid, "issuevalues", party, null);
        var sum = weights.Sum();
        var utility = 0.0;
        foreach (var choice in chosen.EnumerateObject())
        {
            var i = Array.FindIndex(domain, d => d.Name == choice.Name);
            var k = i < 0 ? -1 : domain[i].Options.ToList().IndexOf(choice.Value.ToString());
            if (k < 0)
            {
                throw new InvalidInstanceException(party, choice.Name, "reservationBid",
                    $"'{choice.Value}' is not a value of this issue in the domain");
            }

            utility += sum > 0 ? weights[i] / sum * values[i][k] : 0;
        }

        return Math.Clamp(utility, 0, 1);
    }

    private static JsonElement Property(JsonElement element, string name, string? party, string? issue) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw new InvalidInstanceException(party, issue, name, "is missing");

    private static double Number(JsonElement element, string party, string issue, string field) =>
        element.ValueKind == JsonValueKind.Number
            ? element.GetDouble()
            : throw new InvalidInstanceException(party, issue, field, $"'{element}' is not a number");
}
