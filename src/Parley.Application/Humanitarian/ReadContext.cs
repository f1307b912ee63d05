
namespace Parley.Application.Humanitarian;

/// <summary>Why and from where personal data is read; both go into the audit trail with the reader.</summary>
public sealed record ReadContext(string Purpose, string? RemoteAddress);
