namespace Parley.Linkage.Compare;

/// <summary>A list row as the baselines see it: as read by Parley.Lists, dates in canonical form.</summary>
/// <param name="Dob">The canonical date (<c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c> or empty).</param>
/// <param name="Year">The year of birth, or 0 when unknown.</param>
internal sealed record Person(string Id, string Family, string Given, string Patronymic, string Dob, int Year);
