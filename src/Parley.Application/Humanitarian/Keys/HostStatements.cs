using Parley.Ledger.Notes;

namespace Parley.Application.Humanitarian.Keys;

/// <summary>
/// The statements a party's key signs to open its persons to a host and to close them again. Each names this log
/// (so it cannot be replayed on another server), the party, the host and an id: a designation is used once, and a
/// revocation names the designation it ends, so replaying an old designation cannot reopen access.
/// </summary>
public static class HostStatements
{
    public const string DesignationKind = "host-designation";
    public const string RevocationKind = "host-designation-revocation";

    public static SignedStatement Designation(string log, string party, string host, Guid id) =>
        new(DesignationKind, [new("log", log), new("party", party), new("host", host), new("id", id.ToString())]);

    public static SignedStatement Revocation(string log, string party, string host, Guid designation) =>
        new(RevocationKind, [new("log", log), new("party", party), new("host", host), new("designation", designation.ToString())]);
}
