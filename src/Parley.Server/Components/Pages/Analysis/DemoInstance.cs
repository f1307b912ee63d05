using Parley.Analysis;
using Parley.Analysis.Model;
using Parley.Analysis.Reference;

namespace Parley.Server.Components.Pages.Analysis;

/// <summary>An instance the public analysis page can show: the illustrative Istanbul one, or a seeded random one as in the benchmarks.</summary>
internal sealed record DemoInstance(string Key, int Parties, int Issues, int Options, Func<NegotiationInstance> Create)
{
    public bool IsRandom => Key != "istanbul";

    public static IReadOnlyList<DemoInstance> All { get; } =
    [
        new("istanbul", 2, 7, 0, Examples.Istanbul2025),
        new("random-3", 3, 8, 4, () => RandomInstance.Create(seed: 1, parties: 3, issues: 8, options: 4)),
        new("random-4", 4, 12, 6, () => RandomInstance.Create(seed: 1, parties: 4, issues: 12, options: 6)),
    ];
}
