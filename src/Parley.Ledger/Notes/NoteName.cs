namespace Parley.Ledger.Notes;

internal static class NoteName
{
    /// <summary>C2SP signed-note key names: non-empty valid Unicode, no whitespace, no '+'.</summary>
    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsWhiteSpace(name, i) || name[i] == '+' || char.IsControl(name[i]))
            {
                return false;
            }
            if (char.IsHighSurrogate(name[i]))
            {
                if (i + 1 >= name.Length || !char.IsLowSurrogate(name[i + 1]))
                {
                    return false;
                }
                i++;
            }
            else if (char.IsLowSurrogate(name[i]))
            {
                return false;
            }
        }
        return true;
    }
}
