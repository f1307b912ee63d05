namespace Parley.Domain.Talks;

public enum IncidentKind
{
    DroneAttack,
    MissileAttack,
    CombinedAttack,
    Shelling,
    Other,
}
