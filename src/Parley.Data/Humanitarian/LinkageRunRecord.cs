namespace Parley.Data.Humanitarian;

/// <summary>
/// One linkage run: the two lists, the thresholds it decided with (the auto-accept threshold is set per run) and the
/// model it trained (m, u per comparison level, λ as JSON), so any of its automatic matches can be explained later.
/// </summary>
public sealed class LinkageRunRecord
{
    public Guid Id { get; set; }

    public string LeftParty { get; set; } = "";

    public string RightParty { get; set; } = "";

    /// <summary>Pairs scoring at least this were confirmed by the engine.</summary>
    public double MatchThreshold { get; set; }

    /// <summary>Pairs scoring at least this (and below the match threshold) went to the review queue.</summary>
    public double ReviewThreshold { get; set; }

    public int LeftCount { get; set; }

    public int RightCount { get; set; }

    public int Confirmed { get; set; }

    public int Review { get; set; }

    /// <summary>The trained model as <c>LinkModel.ToJson</c> writes it.</summary>
    public string Model { get; set; } = "";

    public string RanBy { get; set; } = "";

    public DateTime RanAtUtc { get; set; }
}
