using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parley.Linkage.Model;

/// <summary>
/// The trained Fellegi–Sunter model of a run (Fellegi &amp; Sunter 1969): the prior λ (Splink's
/// <c>probability_two_random_records_match</c>) and, per comparison and level, m = P(level | match) and
/// u = P(level | non-match). Saved with each run (<see cref="ToJson"/>) so a decision can be explained later,
/// and passed back in <see cref="LinkOptions.Model"/> to link with it (λ is then re-estimated for the lists).
/// </summary>
/// <param name="Lambda">Probability that two random records match.</param>
/// <param name="ExpectedMatches">Expected true pairs among all pairs under the model (the lists' estimated overlap).</param>
/// <param name="Comparisons">Family name, given name, patronymic, date of birth, sex, name order — in that order.</param>
/// <param name="LabelledPairs">How many officers' decisions the m values learnt from (0: estimated from the lists alone).</param>
public sealed record LinkModel(double Lambda, double ExpectedMatches, IReadOnlyList<ComparisonModel> Comparisons, int LabelledPairs = 0)
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>The model as indented JSON (camelCase), e.g. to save beside a run's pairs.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    /// <summary>Reads a model written by <see cref="ToJson"/>; throws <see cref="FormatException"/> when it does not fit this engine.</summary>
    public static LinkModel FromJson(string json)
    {
        LinkModel? model;
        try
        {
            model = JsonSerializer.Deserialize<LinkModel>(json, s_json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Not a linkage model: {e.Message}", e);
        }

        if (model?.Comparisons is null || model.Comparisons.Count != Scoring.Levels.Comparisons)
        {
            throw new FormatException($"A linkage model has {Scoring.Levels.Comparisons} comparisons.");
        }

        for (var c = 0; c < Scoring.Levels.Comparisons; c++)
        {
            var levels = model.Comparisons[c].Levels;
            if (levels is null || levels.Count != Scoring.Levels.Sizes[c])
            {
                throw new FormatException($"Comparison {c} ({model.Comparisons[c].Name}) needs {Scoring.Levels.Sizes[c]} levels.");
            }

            if (levels.Any(l => !l.IsNull && (l.M is not (> 0 and <= 1) || l.U is not (> 0 and <= 1))))
            {
                throw new FormatException($"Comparison {model.Comparisons[c].Name}: m and u must lie in (0, 1].");
            }
        }

        if (model.Lambda is not (> 0 and < 1))
        {
            throw new FormatException("lambda must lie in (0, 1).");
        }

        return model;
    }
}
