namespace Parley.Server.Components.Pages.Analysis;

internal sealed class OptionDraft(Guid position, string label)
{
    public Guid Position { get; } = position;

    public string Label { get; } = label;

    public double Value { get; set; }
}
