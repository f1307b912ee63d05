using Parley.Domain.Access;
using Parley.Domain.Talks;

namespace Parley.Server.Components.Pages.Statements;

/// <summary>The statement form; names mirror <see cref="Statement"/> so the domain's errors land on their inputs.</summary>
public sealed class StatementInput
{
    public Guid? Speaker { get; set; }

    public string? SpeakerName { get; set; }

    public string? SpeakerParty { get; set; }

    public DateOnly? SaidOn { get; set; }

    public string Quotation { get; set; } = "";

    public EventCodeScheme Scheme { get; set; } = EventCodeScheme.Cameo;

    /// <summary>Empty for no event code.</summary>
    public string? Code { get; set; }

    public Visibility Visibility { get; set; } = Visibility.Public;

    public string? Source { get; set; }
}
