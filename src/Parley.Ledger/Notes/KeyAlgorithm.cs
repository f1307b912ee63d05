namespace Parley.Ledger.Notes;

/// <summary>Signature type bytes of the C2SP signed-note key registry.</summary>
public static class KeyAlgorithm
{
    /// <summary>Ed25519 signed-note signature (C2SP signed-note).</summary>
    public const byte Ed25519 = 0x01;

    /// <summary>Timestamped Ed25519 cosignature (C2SP tlog-cosignature, <c>cosignature/v1</c>).</summary>
    public const byte CosignatureV1 = 0x04;
}
