using Parley.Domain.Humanitarian;
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
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

namespace Parley.Application.Humanitarian.Registry;

/// <summary>A listed person as an allowed reader sees them: the record, its personal data and its commitment.</summary>
public sealed record RegistryEntry(
    Guid Id,
    Guid ListId,
    string ListedBy,
    string HeldBy,
    string SourceId,
    PersonCategory Category,
    PriorityGroups Priorities,
    string Commitment,
    DateTime ListedAtUtc,
    PersonDetails? Details,
    int Version = 1)
{
    /// <summary>Erased entries keep their place and commitment but no personal data.</summary>
    public bool Erased => Details is null;
}
