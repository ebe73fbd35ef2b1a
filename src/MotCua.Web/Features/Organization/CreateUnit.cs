using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Domain.Text;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

public sealed record CreateUnitRequest(string? Code, string? Name, UnitKind? Kind, string? ParentCode, string? AgencyCode, string? OneStopDeskCode);

/// <summary>Tạo đơn vị mới trong cây tổ chức.</summary>
public sealed class CreateUnit(MotCuaDbContext db, CurrentOfficer officer, TimeProvider clock)
{
    public async Task<Outcome<UnitInfo>> HandleAsync(CreateUnitRequest request, CancellationToken ct)
    {
        var errors = UnitRules.Validate(request.Code, request.Name, request.AgencyCode);
        if (request.Kind is null)
        {
            errors["kind"] = [new("Chưa chọn loại đơn vị.", "The unit kind is required.")];
        }

        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        if (await db.Units.AnyAsync(u => u.Code == request.Code, ct))
        {
            return Error.Conflict(new($"Mã đơn vị \"{request.Code}\" đã tồn tại.", $"Unit code \"{request.Code}\" already exists."));
        }

        Unit? parent = null;
        if (!string.IsNullOrWhiteSpace(request.ParentCode))
        {
            var found = await db.FindAsync(request.ParentCode, "parentCode", ct);
            if (found.Failed)
            {
                return found.Error;
            }

            parent = found.Value;
        }

        Unit? desk = null;
        if (!string.IsNullOrWhiteSpace(request.OneStopDeskCode))
        {
            var found = await db.FindAsync(request.OneStopDeskCode, "oneStopDeskCode", ct);
            if (found.Failed)
            {
                return found.Error;
            }

            desk = found.Value;
        }

        var unit = new Unit
        {
            Code = request.Code!.Trim(),
            Name = request.Name!.Trim(),
            Kind = request.Kind!.Value,
            ParentId = parent?.Id,
            AgencyCode = string.IsNullOrWhiteSpace(request.AgencyCode) ? null : request.AgencyCode.Trim(),
            OneStopDeskId = desk?.Id,
            SearchName = SearchText.Normalize(request.Name),
        };
        db.Units.Add(unit);
        db.UnitChanges.Add(UnitLookup.Change(unit, UnitChangeKind.Created, null, unit.Name, officer.UserName, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return new UnitInfo(unit.Code, unit.Name, unit.Kind, parent?.Code, unit.AgencyCode, desk?.Code, true, null);
    }
}
