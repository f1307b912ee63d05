namespace Parley.Server.Components.Shared;

/// <summary>How far apart the parties stand on one issue, as the matrix colours it.</summary>
public enum Alignment
{
    Unknown,
    Agreed,
    Partial,
    Opposed,
}
