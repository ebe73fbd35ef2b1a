using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Features.Plans;

namespace MotCua.Web.Features.Reviews;

/// <summary>
/// A procedure a plan sets out to review (seed 000 Phụ lục IV). <c>ProcedureCode</c> names a procedure of the catalog,
/// whose name and field are taken when not given; a procedure or group the catalog does not hold (a provincial one, a
/// group "đăng ký khai sinh, khai tử, kết hôn có yếu tố nước ngoài") is named by <c>ProcedureName</c> and <c>Field</c>.
/// </summary>
public sealed record ReviewItemRequest(
    string? ProcedureCode, string? ProcedureName, string? Field, string? LeadUnitCode, IReadOnlyList<string>? CoordinatingUnitCodes,
    int? StartMonth, int? EndMonth, string? Content, string? Group = null, string? Coordinators = null);

/// <summary>Reads a review item against its plan for the API, the page and the demo plan alike; nothing is saved here.</summary>
public sealed class ReviewItemInput(MotCuaDbContext db, TimeProvider clock)
{
    public async Task<Outcome<ReviewPlanItem>> ReadAsync(Plan plan, ReviewItemRequest request, int position, CancellationToken ct)
    {
        var errors = new Dictionary<string, Text[]>();
        var procedure = await ProcedureAsync(request.ProcedureCode, errors, ct);
        if (procedure is null)
        {
            PlanRules.Required(errors, "procedureName", request.ProcedureName, 1000, new("tên thủ tục hoặc nhóm thủ tục", "The procedure or group name"));
            PlanRules.Required(errors, "field", request.Field, 200, new("lĩnh vực", "The field"));
        }
        else
        {
            PlanRules.Optional(errors, "procedureName", request.ProcedureName, 1000);
            PlanRules.Optional(errors, "field", request.Field, 200);
        }

        PlanRules.Required(errors, "content", request.Content, 2000, new("nội dung rà soát", "The content reviewed"));
        PlanRules.Optional(errors, "group", request.Group, 500);
        PlanRules.Optional(errors, "coordinators", request.Coordinators, 1000);
        Months(request.StartMonth, request.EndMonth, plan.Year, errors);
        var (lead, codes) = await PlanUnits.ReadAsync(db, request.LeadUnitCode, request.CoordinatingUnitCodes, errors, ct);
        if (errors.Count > 0 || lead is null)
        {
            return Error.Validation(errors);
        }

        return new ReviewPlanItem
        {
            PlanId = plan.Id,
            Group = request.Group?.Trim() ?? "",
            Position = position,
            ProcedureId = procedure?.Id,
            ProcedureName = Blank(request.ProcedureName) ?? procedure!.Name,
            Field = Blank(request.Field) ?? procedure!.Field,
            LeadUnitId = lead.Id,
            CoordinatingUnitCodes = string.Join(',', codes),
            Coordinators = Blank(request.Coordinators),
            StartMonth = request.StartMonth!.Value,
            EndMonth = request.EndMonth!.Value,
            Content = request.Content!.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
    }

    /// <summary>The catalog's procedure by its code; an unknown or abolished one is a problem, none given is none.</summary>
    private async Task<Procedure?> ProcedureAsync(string? code, Dictionary<string, Text[]> errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var trimmed = code.Trim();
        var procedure = await db.Procedures.AsNoTracking().FirstOrDefaultAsync(p => p.Code == trimmed, ct);
        if (procedure is null)
        {
            errors["procedureCode"] = [new($"Không có thủ tục mã \"{trimmed}\" trong danh mục.", $"There is no procedure \"{trimmed}\" in the catalog.")];
        }
        else if (procedure.Status == ProcedureStatus.Abolished)
        {
            errors["procedureCode"] = [new($"Thủ tục \"{trimmed}\" đã bị bãi bỏ, không còn để rà soát.", $"Procedure \"{trimmed}\" is abolished: there is nothing left to review.")];
            return null;
        }

        return procedure;
    }

    private static void Months(int? start, int? end, int year, Dictionary<string, Text[]> errors)
    {
        var outside = new Text("Tháng phải từ 1 đến 12 của năm kế hoạch {0}.", "The month must be 1 to 12 of the plan's year {0}.").Format(year);
        if (start is not (>= 1 and <= 12))
        {
            errors["startMonth"] = [outside];
        }

        if (end is not (>= 1 and <= 12))
        {
            errors["endMonth"] = [outside];
        }
        else if (start is >= 1 and <= 12 && start > end)
        {
            errors["endMonth"] = [new("Tháng hoàn thành không được trước tháng bắt đầu.", "The end month cannot be before the start month.")];
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
