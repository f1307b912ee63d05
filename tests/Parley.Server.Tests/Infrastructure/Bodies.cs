namespace Parley.Server.Tests.Infrastructure;

/// <summary>Request bodies as a client would send them (JSON field names, party codes or names).</summary>
internal static class Bodies
{
    public static object Round(int number = 9, string? endsOn = null, string party = "UA") => new
    {
        number,
        venue = "Çırağan Palace",
        city = "Istanbul",
        startsOn = "2025-09-10",
        endsOn,
        delegations = new[] { new { party, members = Array.Empty<Guid>() } },
        outcomes = new[] { "Agreed to meet again" },
    };

    public static object Statement(string quotation = "We are ready to talk.") => new
    {
        speakerName = "A spokesperson",
        speakerParty = "TR",
        saidOn = "2025-08-01",
        quotation,
        source = "test",
        eventCode = new { scheme = "Cameo", code = "036" },
    };

    public static object Draft(string owner, string title = "Draft") => new
    {
        title,
        body = "A private draft.",
        writtenOn = "2025-08-01",
        visibility = "PartyPrivate",
        ownerParty = owner,
    };
}
