using System.Security.Cryptography;
using System.Text;
using Parley.Text.Format;

namespace Parley.Text;

/// <summary>
/// A version's identity: SHA-256 of its canonical form (the plain-text form with English labels, UTF-8,
/// LF line ends). <c>sha256sum</c> of an English plain-text export gives the same hex, so anyone can
/// check a signature or a log entry against a file without Parley.
/// </summary>
public static class VersionHash
{
    /// <summary>The canonical form's bytes.</summary>
    public static byte[] CanonicalBytes(NegotiatingText text) => Encoding.UTF8.GetBytes(PlainTextWriter.Write(text));

    /// <summary>Lower-case hex SHA-256 of the canonical form.</summary>
    public static string Of(NegotiatingText text) => Convert.ToHexStringLower(SHA256.HashData(CanonicalBytes(text)));
}
