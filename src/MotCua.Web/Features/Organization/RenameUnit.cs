using MotCua.Domain.Organization;
using MotCua.Domain.Text;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

public sealed record RenameUnitRequest(string? Name, string? AgencyCode);

/// <summary>Đổi tên (và mã định danh) đơn vị; the old name stays in the unit's history.</summary>
public sealed class RenameUnit(MotCuaDbContext db, CurrentOfficer officer, TimeProvider clock)
{
    public async Task<Outcome<string>> HandleAsync(string code, RenameUnitRequest request, CancellationToken ct)
    {
        var errors = UnitRules.Validate(code, request.Name, request.AgencyCode);
        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        var found = await db.FindAsync(code, "code", ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var unit = found.Value;
        var now = clock.GetUtcNow();
        var name = request.Name!.Trim();
        if (name != unit.Name)
        {
            db.UnitChanges.Add(UnitLookup.Change(unit, UnitChangeKind.Renamed, unit.Name, name, officer.UserName, now));
            unit.Name = name;
            unit.SearchName = SearchText.Normalize(name);
        }

        var agency = string.IsNullOrWhiteSpace(request.AgencyCode) ? null : request.AgencyCode.Trim();
        if (agency != unit.AgencyCode)
        {
            db.UnitChanges.Add(UnitLookup.Change(unit, UnitChangeKind.Edited, unit.AgencyCode, agency, officer.UserName, now));
            unit.AgencyCode = agency;
        }

        await db.SaveChangesAsync(ct);
        return unit.Code;
    }
}
