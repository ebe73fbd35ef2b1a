using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Catalog;

/// <summary>
/// Công bố mới (create) or sửa đổi, bổ sung (amend) a procedure. Amending names the version it
/// was based on, so that two officers editing at once cannot silently overwrite each other.
/// </summary>
public sealed class SaveProcedure(MotCuaDbContext db, CurrentOfficer officer, TimeProvider clock, UnitDirectory directory)
{
    public async Task<Outcome<ProcedureDetail>> CreateAsync(ProcedureInput input, CancellationToken ct)
    {
        var units = await db.ActiveUnitsAsync(ct);
        var errors = ProcedureInputValidation.Check(input, units);
        if (errors.Count > 0)
        {
            return Error.Validation(Text.From(errors));
        }

        var code = input.Code!.Trim();
        if (await db.Procedures.AnyAsync(p => p.Code == code, ct))
        {
            return Error.Conflict(new($"Mã TTHC \"{code}\" đã có trong danh mục.", $"Procedure code \"{code}\" is already in the catalog."));
        }

        var unitCodes = await directory.CodesAsync(db, ct);
        var outside = await officer.OutsideScopeAsync(input.UnitCodes!.Select(c => units[c]), unitCodes, ct);
        if (outside.Count > 0)
        {
            return CatalogStore.OutOfScope(outside);
        }

        var procedure = new Procedure { Code = code, Name = string.Empty, Field = string.Empty };
        ProcedureInputMapping.WriteOnto(input, procedure, units);
        db.Procedures.Add(procedure);
        db.Record(procedure, ProcedureChangeKind.Created, officer.UserName, clock.GetUtcNow(), unitCodes);
        await db.SaveChangesAsync(ct);
        return ProcedureDetail.From(procedure, unitCodes);
    }

    public async Task<Outcome<ProcedureDetail>> AmendAsync(string code, int? baseVersion, ProcedureInput input, CancellationToken ct)
    {
        var found = await db.FindProcedureAsync(code, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var procedure = found.Value;
        if (procedure.Status != ProcedureStatus.Active)
        {
            return Error.Conflict(new("Thủ tục đã bị thay thế hoặc bãi bỏ, không thể sửa đổi.", "The procedure was replaced or abolished and cannot be amended."));
        }

        if (baseVersion is not null && baseVersion != procedure.Version)
        {
            return Error.Conflict(new(
                $"Thủ tục đã được người khác sửa (phiên bản {procedure.Version}); hãy tải lại trước khi lưu.",
                $"Someone else changed the procedure (version {procedure.Version}); reload before saving."));
        }

        var units = await db.ActiveUnitsAsync(ct);
        var errors = ProcedureInputValidation.Check(input with { Code = code }, units);
        if (errors.Count > 0)
        {
            return Error.Validation(Text.From(errors));
        }

        var unitCodes = await directory.CodesAsync(db, ct);
        var outside = await officer.OutsideScopeAsync(procedure.Units.Select(u => u.UnitId).Concat(input.UnitCodes!.Select(c => units[c])), unitCodes, ct);
        if (outside.Count > 0)
        {
            return CatalogStore.OutOfScope(outside);
        }

        ProcedureInputMapping.WriteOnto(input, procedure, units);
        procedure.Version++;
        db.Record(procedure, ProcedureChangeKind.Amended, officer.UserName, clock.GetUtcNow(), unitCodes);
        await db.SaveChangesAsync(ct);
        return ProcedureDetail.From(procedure, unitCodes);
    }
}
