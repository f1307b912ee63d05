namespace Parley.Server.Components.Pages.Humanitarian;

/// <summary>Where an import stands on the page.</summary>
public enum ImportPhase
{
    Idle,
    Uploading,
    Reading,
    Previewed,
    Storing,
    Stored,
}
