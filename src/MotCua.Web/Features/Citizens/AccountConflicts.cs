using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Citizens;

/// <summary>
/// One account per e-mail and phone: a second one is a 409 naming what is already registered. Not per declared ID
/// number: anyone could then take a stranger's number first and lock him out (only a verified one is unique).
/// </summary>
public static class AccountConflicts
{
    public static readonly Error Race = Conflict(new Dictionary<string, Text[]>
    {
        ["account"] = [new("Thông tin này vừa được dùng để đăng ký một tài khoản khác.", "This information was just used to register another account.")],
    });

    /// <summary>null when no other account than <paramref name="self"/> holds the e-mail or phone.</summary>
    public static async Task<Error?> FindAsync(MotCuaDbContext db, Guid? self, Contact contact, CancellationToken ct)
    {
        var others = db.Citizens.AsNoTracking().Where(c => c.Id != self);
        var errors = new Dictionary<string, Text[]>();
        if (contact.Email is { } email && await others.AnyAsync(c => c.Email == email, ct))
        {
            errors["email"] = [new("Thư điện tử này đã được dùng cho một tài khoản khác.", "This e-mail is already used by another account.")];
        }

        if (contact.Phone is { } phone && await others.AnyAsync(c => c.Phone == phone, ct))
        {
            errors["phone"] = [new("Số điện thoại này đã được dùng cho một tài khoản khác.", "This phone number is already used by another account.")];
        }

        return errors.Count > 0 ? Conflict(errors) : null;
    }

    private static Error Conflict(Dictionary<string, Text[]> fields) => new(
        "duplicate-account", StatusCodes.Status409Conflict,
        new("Tài khoản đã tồn tại", "Account already exists"),
        new("Thư điện tử hoặc số điện thoại đã có tài khoản.", "The e-mail or phone already has an account."),
        fields);
}
