using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using MotCua.Domain.Citizens;

namespace MotCua.Web.Features.Citizens;

/// <summary>
/// Password reset codes: drawn by a cryptographic generator, kept as a salted slow hash (the password hasher's), so
/// that the million possible codes cannot be tried against a copy of the table within a code's life.
/// </summary>
public static class ResetCodes
{
    private static readonly PasswordHasher<PasswordResetCode> Hasher = new();

    private static readonly int Range = (int)Math.Pow(10, PasswordResetCode.Digits);

    public static (string Code, string Hash) Draw()
    {
        var code = RandomNumberGenerator.GetInt32(Range).ToString($"D{PasswordResetCode.Digits}", CultureInfo.InvariantCulture);
        // The hasher reads nothing of the entity (salt and iterations are in the hash), and the row is made after it.
        return (code, Hasher.HashPassword(null!, code));
    }

    public static bool Matches(PasswordResetCode stored, string code) =>
        Hasher.VerifyHashedPassword(stored, stored.CodeHash, code.Trim()) != PasswordVerificationResult.Failed;
}
