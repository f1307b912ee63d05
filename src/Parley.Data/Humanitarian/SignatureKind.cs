namespace Parley.Data.Humanitarian;

public enum SignatureKind
{
    Manifest,
    Confirmation,
}
