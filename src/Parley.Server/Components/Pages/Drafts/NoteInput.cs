using Parley.Domain.Access;

namespace Parley.Server.Components.Pages.Drafts;

/// <summary>The note form; names mirror <see cref="Domain.Talks.Note"/>.</summary>
public sealed class NoteInput
{
    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public DateOnly? WrittenOn { get; set; }

    public Visibility Visibility { get; set; } = Visibility.MediatorOnly;

    public string? Source { get; set; }
}
