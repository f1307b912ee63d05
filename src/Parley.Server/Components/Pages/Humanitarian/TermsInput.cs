using Parley.Domain.Humanitarian;

namespace Parley.Server.Components.Pages.Humanitarian;

/// <summary>One category's line of the terms as the composer edits it: whether exchanged, the ratio, an optional total.</summary>
public sealed class TermsInput
{
    public required PersonCategory Category { get; init; }

    public bool Included { get; set; } = true;

    public int First { get; set; } = 1;

    public int Second { get; set; } = 1;

    public int? Total { get; set; }

    public CategoryTerms ToTerms() => new(Category, First, Second, Total);
}
