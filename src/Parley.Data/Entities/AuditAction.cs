namespace Parley.Data.Entities;

public enum AuditAction
{
    Create,
    Update,
    Delete,
}
