using System.Security.Cryptography;
using System.Text;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.Account;

/// <summary>
/// One-time codes for the day the phone is lost: drawn by a cryptographic generator from letters and digits that cannot
/// be mistaken for one another (no 0/o, 1/l/i), ten characters, about 50 bits each, and kept as a SHA-256 hash. A slow
/// salted hash (as for passwords and the citizens' 6-digit reset codes) would add nothing against 2^50 guesses and
/// would make checking a code cost ten password hashes.
/// </summary>
public static class RecoveryCodes
{
    public const int Count = 10;

    private const string Alphabet = "23456789abcdefghjkmnpqrstuvwxyz";

    private const int Length = 10;

    /// <summary>Replaces the officer's codes by new ones, in the caller's save, and answers them to be shown once.</summary>
    public static string[] Replace(MotCuaDbContext db, Guid officerId, IEnumerable<OfficerRecoveryCode> old)
    {
        db.OfficerRecoveryCodes.RemoveRange(old);
        var codes = Enumerable.Range(0, Count).Select(_ => Draw()).ToArray();
        db.OfficerRecoveryCodes.AddRange(codes.Select(c => new OfficerRecoveryCode { OfficerId = officerId, Hash = Hash(c) }));
        return codes;
    }

    /// <summary>Of the code as shown or as typed: case, spaces and the dash do not matter.</summary>
    public static string Hash(string code)
    {
        var typed = new string(code.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        return Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(typed)));
    }

    private static string Draw()
    {
        var code = RandomNumberGenerator.GetString(Alphabet, Length);
        return $"{code[..5]}-{code[5..]}";
    }
}
