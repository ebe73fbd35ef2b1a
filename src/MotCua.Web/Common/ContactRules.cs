using MotCua.Domain.Dossiers;

namespace MotCua.Web.Common;

/// <summary>
/// A person's phone and e-mail as every form checks them: a Vietnamese mobile or landline number, and an address
/// with an @. Both optional here; whether one is required is the caller's rule.
/// </summary>
public static class ContactRules
{
    /// <summary>Adds an error under <paramref name="prefix"/>phone / <paramref name="prefix"/>email for each invalid value.</summary>
    public static void Check(string? phone, string? email, string prefix, Dictionary<string, Text[]> errors)
    {
        if (phone is { Length: > 0 } && !PhoneNumber.TryNormalize(phone, out _))
        {
            errors[prefix + "phone"] = [new("Số điện thoại không hợp lệ (di động 10 số bắt đầu 03, 05, 07, 08, 09 hoặc cố định 02…).", "Invalid phone number (10-digit mobile starting 03, 05, 07, 08, 09 or a 02… landline).")];
        }

        if (email is { Length: > 0 } && (!email.Contains('@', StringComparison.Ordinal) || email.Length > 200))
        {
            errors[prefix + "email"] = [new("Địa chỉ thư điện tử không hợp lệ.", "Invalid e-mail address.")];
        }
    }

    /// <summary>The phone in its normalized form, or null when none (or no valid one) was given.</summary>
    public static string? NormalizedPhone(string? phone) =>
        phone is { Length: > 0 } p && PhoneNumber.TryNormalize(p, out var normalized) ? normalized : null;

    /// <summary>Trimmed text, or null for nothing but white space.</summary>
    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
