namespace Parley.Linkage;

/// <summary>Sex as written on a list; <see cref="Unknown"/> when the field is empty.</summary>
public enum Sex : byte
{
    Unknown = 0,
    Male = 1,
    Female = 2,
}
