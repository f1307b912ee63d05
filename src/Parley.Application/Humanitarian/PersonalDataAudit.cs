using Parley.Domain.Access;
using Parley.Data;
using Parley.Data.Humanitarian;

namespace Parley.Application.Humanitarian;

/// <summary>Writes one audit row per personal record read. Rows are added to the caller's unit of work.</summary>
public sealed class PersonalDataAudit(ParleyDbContext db, TimeProvider clock)
{
    internal TimeProvider Clock => clock;

    public List<PersonalDataRead> Record(Viewer reader, IEnumerable<Guid> recordIds, string recordKind, ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(context);
        // Whole microseconds: what PostgreSQL keeps, so the logged hash of the rows matches them when read back.
        var now = clock.GetUtcNow().UtcDateTime;
        now = now.AddTicks(-(now.Ticks % 10));
        var rows = new List<PersonalDataRead>();
        foreach (var id in recordIds)
        {
            var row = new PersonalDataRead
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
            };
            db.PersonalDataReads.Add(row);
            rows.Add(row);
        }
        return rows;
    }
}
