
namespace Parley.Application.Analysis;

/// <summary>One option of an issue in the talks' analysis: a position a party stated on it.</summary>
public sealed record TalksOption(Guid Position, string Party, int Stance, DateOnly StatedOn, string Summary)
{
    public string Label => $"{Party}: {Summary}";
}
