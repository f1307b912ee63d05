using Parley.Domain.Talks;

namespace Parley.Application.Talks;

/// <summary>A deadline with its state on the day asked about (days left, or expired on its date).</summary>
public sealed record DeadlineView(Deadline Deadline, DeadlineState State);
