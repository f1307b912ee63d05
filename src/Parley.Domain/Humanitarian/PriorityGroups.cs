namespace Parley.Domain.Humanitarian;

/// <summary>
/// Groups that go first in an exchange. Seriously wounded and sick prisoners must be repatriated
/// (Geneva Convention III arts. 109–110); long-held detainees and minors were priorities the parties
/// agreed in Istanbul in 2025.
/// </summary>
[Flags]
public enum PriorityGroups
{
    None = 0,
    SeriouslyWoundedOrSick = 1,
    LongHeld = 2,
    Minor = 4,
}
