using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Catalog;

public sealed record RetireRequest(PublicationInput? Publication, string? ReplacedByCode, string? Note);

/// <summary>
/// Bãi bỏ or thay thế a procedure by a later decision. The procedure stays in the catalog, with
/// its history, so that dossiers received under it still show what applied to them.
/// </summary>
public sealed class RetireProcedure(MotCuaDbContext db, CurrentOfficer officer, TimeProvider clock, UnitDirectory directory)
{
    public async Task<Outcome<ProcedureDetail>> HandleAsync(string code, bool replace, RetireRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, Text[]>();
        var decided = ProcedureWords.Date(request.Publication?.DecisionDate);
        var effective = ProcedureWords.Date(request.Publication?.EffectiveDate);
        if (string.IsNullOrWhiteSpace(request.Publication?.DecisionNumber) || decided is null || effective is null || effective < decided)
        {
            errors["publication"] = [new(
                "Cần số quyết định, ngày quyết định và ngày hiệu lực (yyyy-MM-dd, hiệu lực không trước ngày quyết định).",
                "A decision number, decision date and effective date are required (yyyy-MM-dd, effective not before decided).")];
        }

        if (replace && string.IsNullOrWhiteSpace(request.ReplacedByCode))
        {
            errors["replacedByCode"] = [new("Chưa nhập mã thủ tục thay thế.", "The replacing procedure code is required.")];
        }

        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        var found = await db.FindProcedureAsync(code, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var procedure = found.Value;
        if (procedure.Status != ProcedureStatus.Active)
        {
            return Error.Conflict(new("Thủ tục đã bị thay thế hoặc bãi bỏ trước đó.", "The procedure was already replaced or abolished."));
        }

        if (replace && (request.ReplacedByCode == code || !await db.Procedures.AnyAsync(p => p.Code == request.ReplacedByCode && p.Status == ProcedureStatus.Active, ct)))
        {
            return Error.Rule(new($"Thủ tục thay thế \"{request.ReplacedByCode}\" phải là một thủ tục khác đang có hiệu lực.", $"The replacing procedure \"{request.ReplacedByCode}\" must be another active procedure."));
        }

        var unitCodes = await directory.CodesAsync(db, ct);
        var outside = await officer.OutsideScopeAsync(procedure.Units.Select(u => u.UnitId), unitCodes, ct);
        if (outside.Count > 0)
        {
            return CatalogStore.OutOfScope(outside);
        }

        procedure.Status = replace ? ProcedureStatus.Replaced : ProcedureStatus.Abolished;
        procedure.ReplacedByCode = replace ? request.ReplacedByCode : null;
        procedure.Publication = new Publication(request.Publication!.DecisionNumber!.Trim(), decided!.Value, effective!.Value);
        procedure.Version++;
        db.Record(procedure, replace ? ProcedureChangeKind.Replaced : ProcedureChangeKind.Abolished, officer.UserName, clock.GetUtcNow(), unitCodes, request.Note?.Trim());
        await db.SaveChangesAsync(ct);
        return ProcedureDetail.From(procedure, unitCodes);
    }
}
