using System.Globalization;
using Parley.Domain.Talks;

namespace Parley.Server.Components.Pages.Rounds;

/// <summary>A follow-up reference as one string, for multi-selects: "roundId:index".</summary>
internal static class FollowUpKeys
{
    public static string Of(FollowUpRef reference) => $"{reference.Round}:{reference.Index.ToString(CultureInfo.InvariantCulture)}";

    public static FollowUpRef? Parse(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && Guid.TryParse(key[..colon], out var round) && int.TryParse(key[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? new FollowUpRef(round, index)
            : null;
    }
}
