using System.Security.Cryptography;
using Parley.Data;
using Parley.Data.Configuration;
using Parley.Data.Entities;
using Parley.Data.Humanitarian;
using Parley.Data.Identity;
using Parley.Data.Keys;
using Parley.Data.Writing;
using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;

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
