using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using OtpNet;

namespace MotCua.Web.Features.Account;

/// <summary>
/// The secret an officer's authenticator app shares with MotCua: drawn here, shown once (QR code and typed key) while
/// he sets the app up, then kept only encrypted with the data-protection key ring. Codes are those every authenticator
/// app makes by default (RFC 6238: HMAC-SHA-1, 6 digits, 30 seconds), computed by Otp.NET.
/// </summary>
public sealed class AuthenticatorKeys(IDataProtectionProvider provider)
{
    /// <summary>Shown in the authenticator app beside the account name.</summary>
    public const string Issuer = "MotCua";

    /// <summary>160 bits, the key length RFC 4226 recommends for HMAC-SHA-1.</summary>
    private const int SecretBytes = 20;

    private readonly IDataProtector atRest = provider.CreateProtector("MotCua.TwoFactor.Secret");

    public static byte[] NewSecret() => KeyGeneration.GenerateRandomKey(SecretBytes);

    public static Totp Totp(byte[] secret) => new(secret);

    /// <summary>The key as typed into an app without a camera: base32 in groups of four.</summary>
    public static string ManualKey(byte[] secret) => string.Join(' ', Base32Encoding.ToString(secret).TrimEnd('=').Chunk(4).Select(g => new string(g)));

    /// <summary>What the QR code holds (the Key Uri Format every authenticator app reads).</summary>
    public static string Uri(byte[] secret, string userName) => new OtpUri(OtpType.Totp, secret, userName, Issuer).ToString();

    public string Protect(byte[] secret) => Convert.ToBase64String(atRest.Protect(secret));

    /// <summary>Null when the key ring no longer holds the key it was encrypted with (it was deleted after a compromise).</summary>
    public byte[]? Unprotect(string stored)
    {
        try
        {
            return atRest.Unprotect(Convert.FromBase64String(stored));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
