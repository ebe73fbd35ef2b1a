using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

public sealed record SaveOfficerRequest(string? UserName, string? FullName, string? Password, string? Email, string? Phone, bool? IsActive, IReadOnlyList<RoleInfo>? Roles);

/// <summary>
/// Tạo hoặc cập nhật tài khoản cán bộ và vai trò theo đơn vị. A new officer needs a password;
/// an existing one keeps his unless a new one is given.
/// </summary>
public sealed partial class SaveOfficer(MotCuaDbContext db, IPasswordHasher<Officer> hasher, SignInLockout lockout)
{
    public const int MinPasswordLength = 10;

    public async Task<Outcome<OfficerInfo>> HandleAsync(SaveOfficerRequest request, CancellationToken ct)
    {
        var existing = string.IsNullOrWhiteSpace(request.UserName) ? null
            : await db.Officers.Include(o => o.Roles).FirstOrDefaultAsync(o => o.UserName == request.UserName, ct);
        var errors = Validate(request, isNew: existing is null);
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        var roles = request.Roles ?? [];
        foreach (var (role, index) in roles.Select((r, i) => (r, i)))
        {
            if (!units.ContainsKey(role.UnitCode ?? string.Empty))
            {
                errors[$"roles[{index}].unitCode"] = [new($"Không có đơn vị đang hoạt động với mã \"{role.UnitCode}\".", $"No active unit has code \"{role.UnitCode}\".")];
            }
        }

        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        var officer = existing ?? new Officer { UserName = request.UserName!.Trim().ToLowerInvariant(), FullName = string.Empty };
        officer.FullName = request.FullName!.Trim();
        officer.Email = Blank(request.Email);
        officer.Phone = Blank(request.Phone);
        officer.IsActive = request.IsActive ?? true;
        if (!string.IsNullOrEmpty(request.Password))
        {
            officer.PasswordHash = hasher.HashPassword(officer, request.Password);
        }

        // Grants kept are left alone and only the difference is written: deleting and inserting the same grant in one
        // save would meet the unique index, and an unchanged set must not end the officer's sessions.
        var wanted = roles.Select(r => (r.Role, UnitId: units[r.UnitCode])).ToHashSet();
        officer.Roles.RemoveAll(g => !wanted.Contains((g.Role, g.UnitId)));
        var added = wanted.Where(w => !officer.Roles.Any(g => g.Role == w.Role && g.UnitId == w.UnitId))
            .Select(w => new RoleGrant { OfficerId = officer.Id, Role = w.Role, UnitId = w.UnitId }).ToList();

        // Added to the set, not only to the collection: a grant found through the collection with its key already set
        // would be taken for an existing row and updated.
        officer.Roles.AddRange(added);
        db.RoleGrants.AddRange(added);
        if (existing is null)
        {
            db.Officers.Add(officer);
        }

        await db.SaveChangesAsync(ct);
        return new OfficerInfo(
            officer.UserName, officer.FullName, officer.Email, officer.Phone, officer.IsActive, roles.DistinctBy(r => (r.Role, r.UnitCode)).ToList(), lockout.LockedUntil(officer),
            await db.OfficerTwoFactors.AnyAsync(t => t.OfficerId == officer.Id, ct));
    }

    private static Dictionary<string, Text[]> Validate(SaveOfficerRequest request, bool isNew)
    {
        var errors = new Dictionary<string, Text[]>();
        if (string.IsNullOrWhiteSpace(request.UserName) || !UserNamePattern().IsMatch(request.UserName.Trim()))
        {
            errors["userName"] = [new("Tên đăng nhập gồm 3–100 ký tự: chữ không dấu, số, dấu chấm, gạch dưới.", "The user name is 3–100 letters, digits, dots or underscores.")];
        }

        if (string.IsNullOrWhiteSpace(request.FullName) || request.FullName.Length > 200)
        {
            errors["fullName"] = [new("Họ và tên bắt buộc, tối đa 200 ký tự.", "The full name is required, at most 200 characters.")];
        }

        if ((isNew || !string.IsNullOrEmpty(request.Password)) && (request.Password ?? string.Empty).Length < MinPasswordLength)
        {
            errors["password"] = [new($"Mật khẩu tối thiểu {MinPasswordLength} ký tự.", $"The password needs at least {MinPasswordLength} characters.")];
        }

        if (!string.IsNullOrWhiteSpace(request.Email) && !request.Email.Contains('@', StringComparison.Ordinal))
        {
            errors["email"] = [new("Địa chỉ thư điện tử không hợp lệ.", "The e-mail address is invalid.")];
        }

        if (!string.IsNullOrWhiteSpace(request.Phone) && !PhonePattern().IsMatch(request.Phone.Trim()))
        {
            errors["phone"] = [new("Số điện thoại phải có 10 chữ số, bắt đầu bằng 0.", "The phone number must have 10 digits starting with 0.")];
        }

        return errors;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[a-zA-Z0-9._]{3,100}$")]
    private static partial Regex UserNamePattern();

    [GeneratedRegex("^0[0-9]{9}$")]
    private static partial Regex PhonePattern();
}
