using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
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
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

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
        if (row is null || !(HumanitarianAccess.IsHostOfficer(viewer, known.Hosts) || row.Party == viewer.Party))
            return null;
        if (row.Sealed is not null)
            await Changes.CommitReadsAsync(db, viewer, audit.Record(viewer, [row.Id], Kind, context), clock, cancellationToken);
        return View(row, Open(row));
    }
}
