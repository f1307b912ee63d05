using Microsoft.EntityFrameworkCore;
using Parley.Application.Outcomes;
using Parley.Data;
using Parley.Data.Entities;
using Parley.Domain.Access;
using Parley.Domain.Records;

namespace Parley.Application.History;

/// <summary>
/// Who changed a talks record, what and when, from the versions the one write path stored. Whoever may not see the
/// record as it now stands (or as it was deleted) is told it was not found. Each version is shown only if its own
/// visibility allows the reader, and diffs run between the versions shown, so an earlier private wording never
/// leaks through a diff. Staff names go to mediators and administrators, and to a party's members for their own
/// party's changes; everyone else sees the role (and party) that made the change.
/// </summary>
public sealed class ReadHistory(ParleyDbContext db)
{
    public async Task<Outcome<RecordHistory>> RunAsync(Viewer viewer, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var rows = await db.RecordVersions.AsNoTracking().Where(v => v.RecordId == id).OrderBy(v => v.Version).ThenBy(v => v.Id).ToListAsync(cancellationToken);
        if (rows.Count == 0 || !MayRead(viewer, rows[^1]))
        {
            return Outcome.NotFound("record");
        }
        var shown = rows.Where(r => MayRead(viewer, r)).ToList();
        var versions = new List<HistoryVersion>();
        Dictionary<string, string>? before = null;
        foreach (var row in shown)
        {
            var fields = JsonFields.Flatten(row.Content);
            var changes = row.Action == AuditAction.Delete ? [] : JsonFields.Diff(before, fields);
            versions.Add(new HistoryVersion(row.Version, row.Action.ToString().ToLowerInvariant(), row.AtUtc, MayKnowActor(viewer, row) ? row.Actor : null, row.ActorRole, row.ActorParty, changes));
            before = fields;
        }
        versions.Reverse();
        return Outcome.Ok(new RecordHistory(id, Search.SearchDocuments.KindName(rows[0].Kind), versions, shown[0].Version == 1 && shown.Count == rows.Count));
    }

    private static bool MayRead(Viewer viewer, RecordVersionRow row) =>
        VisibilityRules.CanRead(viewer, row.Visibility, row.OwnerParty)
        || (row.Kind == RecordKind.AnalysisProfile && VisibilityRules.SeesMediatorOnly(viewer) && row.Content.Contains("\"sharedWithMediators\":true", StringComparison.Ordinal));

    private static bool MayKnowActor(Viewer viewer, RecordVersionRow row) =>
        viewer.IsMediator
        || (VisibilityRules.PrivateParty(viewer) is { } party && viewer.Role == ParleyRole.Delegation && string.Equals(party, row.ActorParty, StringComparison.OrdinalIgnoreCase));
}
