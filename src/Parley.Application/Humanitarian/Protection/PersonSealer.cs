using System.Text.Json;
using Parley.Ledger.Entries;

namespace Parley.Application.Humanitarian.Protection;

/// <summary>
/// Seals a person's data for storage and commits to it for the log. The salt lives only inside the
/// sealed blob, so the public commitment cannot be opened by guessing names and dates; erasing the
/// blob erases the salt with it, and the commitment (and the log) stay as they were.
/// </summary>
public sealed class PersonSealer(PersonalDataCipher cipher)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    internal sealed record SealedContent(string Salt, PersonDetails Person);

    public (string Commitment, byte[] Sealed) Seal(Guid id, PersonDetails person)
    {
        using var sealing = StartSealing();
        return sealing.Seal(id, person);
    }

    /// <summary>A sealer for many persons on one thread (buffers and key schedule kept between them).</summary>
    public PersonSealing StartSealing() => new(cipher);

    /// <summary>The general path: through System.Text.Json and <see cref="CanonicalJson"/>.</summary>
    internal (string Commitment, byte[] Sealed) SealThroughElement(Guid id, PersonDetails person)
    {
        var content = JsonSerializer.SerializeToElement(person, Json);
        var commitment = SaltedCommitment.Create(content);
        var payload = JsonSerializer.Serialize(new SealedContent(Convert.ToBase64String(commitment.Salt), person), Json);
        return (Convert.ToHexStringLower(commitment.Hash), cipher.Encrypt(payload, id.ToString()));
    }

    /// <summary>Opens a sealed record and checks it still matches its commitment.</summary>
    /// <exception cref="InvalidDataException">The record was altered: it no longer opens its commitment.</exception>
    public PersonDetails Open(Guid id, byte[] sealedData, string commitment)
    {
        var content = JsonSerializer.Deserialize<SealedContent>(cipher.Decrypt(sealedData, id.ToString()), Json)
            ?? throw new InvalidDataException($"Person {id}: sealed data is empty.");
        var element = JsonSerializer.SerializeToElement(content.Person, Json);
        if (!SaltedCommitment.Opens(Convert.FromHexString(commitment), element, Convert.FromBase64String(content.Salt)))
            throw new InvalidDataException($"Person {id}: the stored data does not match its commitment {commitment}.");
        return content.Person;
    }
}
