namespace Parley.Domain.Minutes;

/// <summary>One part of the minutes: its heading in the chosen language and its lines as drafted from the record.</summary>
public sealed record MinutesSection(MinutesPart Part, string Heading, IReadOnlyList<string> Lines);
