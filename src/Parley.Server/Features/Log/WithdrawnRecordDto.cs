namespace Parley.Server.Features.Log;

/// <summary>A record that was public and is now non-public since the commitment in entry <paramref name="Seq"/>.</summary>
public sealed record WithdrawnRecordDto(string Id, long Seq);
