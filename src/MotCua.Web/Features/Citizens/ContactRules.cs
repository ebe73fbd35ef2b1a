using MotCua.Domain.Dossiers;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Citizens;

/// <summary>How a citizen can be reached, read and normalized: an e-mail or a phone, at least one, both sign-in names.</summary>
public sealed record Contact(string? Email, string? Phone, string? Address)
{
    public const int MaxAddress = 500;

    /// <summary>The contact normalized (e-mail lower case, phone <c>0xxxxxxxxx</c>), its problems added to <paramref name="errors"/>.</summary>
    public static Contact Read(string? email, string? phone, string? address, Dictionary<string, Text[]> errors)
    {
        var mail = string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
        if (mail is not null && (mail.Length > 200 || mail.IndexOf('@', StringComparison.Ordinal) is < 1 || mail.EndsWith('@') || mail.Any(char.IsWhiteSpace)))
        {
            errors["email"] = [new("Địa chỉ thư điện tử không hợp lệ.", "Invalid e-mail address.")];
        }

        string? normalized = null;
        if (!string.IsNullOrWhiteSpace(phone) && !PhoneNumber.TryNormalize(phone, out normalized!))
        {
            errors["phone"] = [new("Số điện thoại không hợp lệ (di động 10 số bắt đầu 03, 05, 07, 08, 09 hoặc cố định 02…).", "Invalid phone number (10-digit mobile starting 03, 05, 07, 08, 09 or a 02… landline).")];
        }

        if (mail is null && string.IsNullOrWhiteSpace(phone))
        {
            errors["email"] = [new("Cần thư điện tử hoặc số điện thoại (ít nhất một) để đăng nhập và nhận thông báo.", "An e-mail or a phone number (at least one) is needed to sign in and be notified.")];
        }

        var place = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        if (place?.Length > MaxAddress)
        {
            errors["address"] = [new Text("Địa chỉ dài tối đa {0} ký tự.", "The address is at most {0} characters.").Format(MaxAddress)];
        }

        return new Contact(mail, string.IsNullOrEmpty(normalized) ? null : normalized, place);
    }
}
