using Parley.Domain.Talks;

namespace Parley.Server.Components.Pages.Analysis;

internal sealed class IssueDraft(NegotiationIssue issue, string label)
{
    public NegotiationIssue Issue { get; } = issue;

    public string Label { get; } = label;

    public double Weight { get; set; }

    public List<OptionDraft> Options { get; } = [];
}
