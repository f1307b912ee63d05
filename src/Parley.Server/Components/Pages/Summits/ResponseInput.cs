using Parley.Domain.Talks;

namespace Parley.Server.Components.Pages.Summits;

/// <summary>One party's answer to the proposal.</summary>
public sealed class ResponseInput
{
    public string Party { get; set; } = "";

    public ResponseStance Stance { get; set; }

    public string Text { get; set; } = "";

    public DateOnly? On { get; set; }

    public string? Source { get; set; }
}
