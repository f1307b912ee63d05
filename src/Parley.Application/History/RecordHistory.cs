namespace Parley.Application.History;

/// <summary>One field that a version changed: its path in the record (<c>outcomes[2].text</c>) and its value before and after (null: absent).</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>
/// One version of a record as the reader may see it: what was done, when, by whom (the account's name only for
/// readers allowed to know staff identities; everyone else sees the role and party), and the fields it changed
/// against the previous version this reader may see.
/// </summary>
public sealed record HistoryVersion(int Version, string Action, DateTime AtUtc, string? By, string ByRole, string? ByParty, IReadOnlyList<FieldChange> Changes);

/// <summary>The history of one record, newest version first. <paramref name="Complete"/> is false when versions before the first shown were stored before history was kept.</summary>
public sealed record RecordHistory(Guid Id, string Kind, IReadOnlyList<HistoryVersion> Versions, bool Complete);
