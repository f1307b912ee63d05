namespace Parley.Domain.Humanitarian;

/// <summary>A child's case, from the first report to the reunion with family, in order.</summary>
public enum ChildCaseStatus
{
    Reported,
    Identified,
    Located,
    InReturnProcess,
    Returned,
    Reunited,
}
