using Parley.Domain.Access;

namespace Parley.Data.Humanitarian;

/// <summary>Writes one audit row per personal record read. Rows are added to the caller's unit of work.</summary>
public sealed class PersonalDataAudit(ParleyDbContext db, TimeProvider clock)
{
    public void Record(Viewer reader, IEnumerable<Guid> recordIds, string recordKind, ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(context);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var id in recordIds)
        {
            db.PersonalDataReads.Add(new PersonalDataRead
            {
                AtUtc = now,
                UserId = reader.UserId ?? "anonymous",
                UserName = reader.Name ?? reader.UserId ?? "anonymous",
                Role = reader.Role.ToString().ToLowerInvariant(),
                Party = reader.Party,
                RecordId = id,
                RecordKind = recordKind,
                Purpose = context.Purpose,
                RemoteAddress = context.RemoteAddress,
            });
        }
    }
}
