using System.Security.Cryptography;

namespace Parley.Application.Users;

internal static class OneTimePassword
{
    private const string Letters = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Symbols = "-_!@#%";

    /// <summary>A random password that meets Identity's rules (upper, lower, digit, symbol, length).</summary>
    public static string Generate()
    {
        var chars = new char[18];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Letters[RandomNumberGenerator.GetInt32(Letters.Length)];
        }
        chars[4] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        chars[9] = Symbols[RandomNumberGenerator.GetInt32(Symbols.Length)];
        chars[13] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        chars[0] = char.ToUpperInvariant(chars[0]) == 'I' || char.ToUpperInvariant(chars[0]) == 'O' ? 'K' : char.ToUpperInvariant(chars[0]);
        chars[1] = char.ToLowerInvariant(chars[1]) == 'l' ? 'k' : char.ToLowerInvariant(chars[1]);
        return new string(chars);
    }
}
