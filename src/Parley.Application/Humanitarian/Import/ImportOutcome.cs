using Parley.Lists;

namespace Parley.Application.Humanitarian.Import;

/// <summary>
/// What an import (or its preview) found: the file's format, counts per registry, and the problems.
/// When <see cref="Stored"/> is false nothing was written.
/// </summary>
public sealed record ImportOutcome(
    bool Stored,
    Guid? ListId,
    PersonListFormat? Format,
    int Rows,
    int Military,
    int Civilian,
    int Children,
    IReadOnlyList<ListIssue> Issues,
    long ErrorCount,
    string? Refusal)
{
    public bool Valid => ErrorCount == 0 && Refusal is null;

    public static ImportOutcome Refused(string reason, PersonListFormat? format = null) =>
        new(false, null, format, 0, 0, 0, 0, [], 0, reason);
}
