using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

public sealed record CreateFirstAdministratorRequest(
    string? UserName, string? FullName, string? Password, string? UnitCode, string? UnitName, string? AgencyCode, bool ResetPassword);

/// <summary>
/// The operator's <c>create-administrator</c> command: on a database without units, the province's root unit and an
/// administrator on it, so that a production installation starts without the demo data; on one with units, an
/// administrator on an existing unit. An existing user name is refused unless the operator asks for his password to be
/// reset, which also reactivates him and grants him Administrator on the unit. All or nothing: one transaction.
/// </summary>
public sealed class CreateFirstAdministrator(MotCuaDbContext db, CreateUnit createUnit, SaveOfficer saveOfficer)
{
    public async Task<Outcome<OfficerInfo>> HandleAsync(CreateFirstAdministratorRequest request, CancellationToken ct)
    {
        // The nodes migrate at start-up under their lock; a command racing them into an empty database would not.
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            return Error.Conflict(new(
                "Cơ sở dữ liệu chưa được chuẩn bị: khởi động ứng dụng một lần (nó tự di trú) rồi chạy lại lệnh.",
                "The database is not prepared: start the application once (it migrates it), then run the command again."));
        }

        var userName = request.UserName?.Trim().ToLowerInvariant();
        var existing = await db.Officers.AsNoTracking().FirstOrDefaultAsync(o => o.UserName == userName, ct);
        if (existing is not null && !request.ResetPassword)
        {
            return Error.Conflict(new(
                $"Tên đăng nhập \"{userName}\" đã có. Thêm --resetPassword true để đặt lại mật khẩu, kích hoạt lại và cấp quyền quản trị.",
                $"The user name \"{userName}\" exists. Add --resetPassword true to reset his password, reactivate him and grant Administrator."));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await db.Units.AnyAsync(u => u.Code == request.UnitCode, ct))
        {
            // Only the first unit is created here: every other one belongs under the tree an administrator builds in the UI.
            if (await db.Units.AnyAsync(ct))
            {
                return Error.Conflict(new(
                    $"Không có đơn vị với mã \"{request.UnitCode}\"; cơ sở dữ liệu đã có đơn vị nên lệnh không tạo thêm đơn vị gốc.",
                    $"No unit has code \"{request.UnitCode}\"; the database has units already, so the command creates no second root."));
            }

            var unit = await createUnit.HandleAsync(new(request.UnitCode, request.UnitName, UnitKind.Province, null, request.AgencyCode, null), ct);
            if (unit.Failed)
            {
                return unit.Error;
            }
        }

        // His other grants are kept: the officer form writes the whole set.
        var kept = existing is null ? [] : await db.RoleGrants.Where(g => g.OfficerId == existing.Id)
            .Join(db.Units, g => g.UnitId, u => u.Id, (g, u) => new RoleInfo(g.Role, u.Code)).ToListAsync(ct);
        var roles = kept.Append(new RoleInfo(Role.Administrator, request.UnitCode!)).Distinct().ToList();
        var saved = await saveOfficer.HandleAsync(new(userName, request.FullName, request.Password, existing?.Email, existing?.Phone, true, roles), ct);
        if (saved.Failed)
        {
            return saved.Error;
        }

        await transaction.CommitAsync(ct);
        return saved;
    }
}
