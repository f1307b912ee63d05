using Parley.Lists;
using Parley.Data;
using Parley.Data.Configuration;
using Parley.Data.Entities;
using Parley.Data.Humanitarian;
using Parley.Data.Identity;
using Parley.Data.Keys;
using Parley.Data.Writing;
using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

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
