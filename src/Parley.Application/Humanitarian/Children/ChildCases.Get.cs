using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Domain.Humanitarian;

namespace Parley.Application.Humanitarian.Children;

public sealed partial class ChildCases
{
    /// <summary>One case for an officer of its party or of the host; the read is audited. Null when missing or not theirs.</summary>
    public async Task<ChildCaseView?> GetAsync(Viewer viewer, Guid id, ReadContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!HumanitarianAccess.IsOfficer(viewer))
            return null;
        var known = await parties.LoadAsync(cancellationToken);
        var row = await db.ChildCases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (row is null || !HumanitarianAccess.CanRead(viewer, row.Party, known.Access, inBatchAgreedWithViewersParty: false))
            return null;
        if (row.Sealed is not null)
            await Changes.CommitReadsAsync(db, viewer, audit.Record(viewer, [row.Id], Kind, context), clock, cancellationToken);
        return View(row, Open(row));
    }
}
