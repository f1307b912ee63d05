using Parley.Domain.Access;
using Parley.Domain.Records;

namespace Parley.Data.Entities;

public sealed partial class AuditEntry
{
    /// <summary>The audit row of one change by <paramref name="actor"/>.</summary>
    public static AuditEntry For(Viewer actor, AuditAction action, RecordKind kind, Guid recordId, int version, string summary, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new AuditEntry
        {
            AtUtc = atUtc,
            Actor = actor.Name ?? actor.UserId ?? "unknown",
            ActorRole = actor.Role.ToString().ToLowerInvariant(),
            ActorParty = actor.Party,
            Action = action,
            Kind = kind,
            RecordId = recordId,
            Version = version,
            Summary = summary,
        };
    }
}
