using Parley.Analysis.Solutions;

namespace Parley.Server.Components.Pages.Analysis;

/// <summary>A named package shown on the page: a bargaining solution or the package the concessions lead to.</summary>
internal sealed record SolutionPoint(string Key, IReadOnlyList<int> Options, IReadOnlyList<double> Utilities)
{
    /// <summary>The solutions that exist (in the contract's order), then the concession package when there is one.</summary>
    public static IReadOnlyList<SolutionPoint> Of(AnalysisResult result)
    {
        var points = new List<SolutionPoint>(5);
        Add(points, "Nash", result.Nash);
        Add(points, "KalaiSmorodinsky", result.KalaiSmorodinsky);
        Add(points, "Egalitarian", result.Egalitarian);
        Add(points, "Utilitarian", result.Utilitarian);
        if (result.Concessions is { } concession)
        {
            points.Add(new SolutionPoint("ConcessionPackage", concession.Options, concession.Utilities));
        }
        return points;
    }

    private static void Add(List<SolutionPoint> points, string key, Package? package)
    {
        if (package is not null)
        {
            points.Add(new SolutionPoint(key, package.Options, package.Utilities));
        }
    }
}
