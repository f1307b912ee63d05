namespace Parley.Server.Components.Pages.Summits;

/// <summary>A condition one party sets before the meeting.</summary>
public sealed class PreconditionInput
{
    public string Party { get; set; } = "";

    public string Text { get; set; } = "";
}
