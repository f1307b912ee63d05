using Microsoft.Extensions.Localization;
using Parley.Domain.Humanitarian;
using Parley.Server.Localization;

namespace Parley.Server.Components.Pages.Humanitarian;

/// <summary>A batch's status in words with its differences named ("confirmed by both sides — 1 listed but not received"), for the page, the list and the PDF alike.</summary>
internal static class BatchStatusText
{
    public static string Of(BatchStatus status, ExchangeDifferences? differences, IStringLocalizer<HumText> h)
    {
        ArgumentNullException.ThrowIfNull(h);
        var said = h["Status." + status].Value;
        if (differences is not { Total: > 0 } d)
            return said;
        var parts = new List<string>(3);
        if (d.NotReceived > 0)
            parts.Add(h["Differs.NotReceived", d.NotReceived]);
        if (d.NotReleased > 0)
            parts.Add(h["Differs.NotReleased", d.NotReleased]);
        if (d.NotListed > 0)
            parts.Add(h["Differs.NotListed", d.NotListed]);
        return $"{said} — {string.Join(", ", parts)}";
    }
}
