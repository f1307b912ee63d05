namespace Parley.Ledger;

/// <summary>Malformed input to the ledger (a checkpoint, note, key, tile, path or entry); the message names what and why.</summary>
public sealed class LedgerFormatException : FormatException
{
    /// <summary>Creates the exception with a message naming the field and the reason.</summary>
    public LedgerFormatException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public LedgerFormatException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public LedgerFormatException() : base("malformed ledger input")
    {
    }
}
