using Parley.Domain.Access;
using Parley.Domain.Records;

namespace Parley.Application.Talks;

public sealed record TimelineItem(
    Guid RecordId,
    RecordKind Kind,
    DateOnly On,
    string Title,
    string Summary,
    IReadOnlyList<string> Parties,
    Visibility Visibility,
    string? OwnerParty);
