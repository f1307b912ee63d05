using Parley.Domain.Access;
using Parley.Text;

namespace Parley.Application.Text;

/// <summary>One version of a text as a reader sees it.</summary>
/// <param name="Id">The text.</param>
/// <param name="Language">ISO 639-1 code of its language.</param>
/// <param name="Visibility">Who may read it.</param>
/// <param name="Version">This version's number.</param>
/// <param name="LatestVersion">The newest version's number ("a newer version exists" when greater).</param>
/// <param name="Round">The round it was tabled at.</param>
/// <param name="Hash">Its version hash.</param>
/// <param name="Text">The text.</param>
public sealed record TextView(Guid Id, string Language, Visibility Visibility, int Version, int LatestVersion, int? Round, string Hash, NegotiatingText Text)
{
    /// <summary>Progress of this version.</summary>
    public TextProgress Progress => TextProgress.Of(Text);
}
