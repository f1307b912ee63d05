using Parley.Domain.Humanitarian;

namespace Parley.Data.Humanitarian;

/// <summary>
/// A child's case. Who the child is and whom to contact are personal data, sealed like a listed
/// person's; the status and its history are not.
/// </summary>
public sealed class ChildCase
{
    public Guid Id { get; set; }

    /// <summary>The party that opened the case.</summary>
    public string Party { get; set; } = "";

    /// <summary>The registry record of the child, when the case came from a list.</summary>
    public Guid? PersonId { get; set; }

    public ChildCaseStatus Status { get; set; }

    public string Commitment { get; set; } = "";

    /// <summary>Sealed JSON of the child's details (<c>ChildCaseDetails</c> in the application).</summary>
    public byte[]? Sealed { get; set; }

    public DateTime OpenedAtUtc { get; set; }

    public List<ChildCaseStep> History { get; set; } = [];

    public int Version { get; set; }
}
