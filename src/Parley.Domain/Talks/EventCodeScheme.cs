namespace Parley.Domain.Talks;

public enum EventCodeScheme
{
    /// <summary>Conflict and Mediation Event Observations (Schrodt et al.): numeric codes with roots 01–20.</summary>
    Cameo,

    /// <summary>Political Language Ontology for Verifiable Event Records: sixteen event types (AGREE … ASSAULT).</summary>
    Plover,
}
