using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.Plans;

/// <param name="SignerPosition">The signing line above the name, e.g. "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH".</param>
public sealed record PlanRequest(string? UnitCode, int? Year, string? Number, string? Title, DateOnly? IssuedOn, string? SignerPosition = null, string? SignerName = null);

public sealed record PlanCreated(Guid Id);

/// <summary>Ban hành kế hoạch: a unit's plan for a year, before its tasks are entered.</summary>
public sealed class CreatePlan(MotCuaDbContext db, PlanPermissions permissions, TimeProvider clock)
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public async Task<Outcome<PlanCreated>> HandleAsync(PlanRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, Text[]>();
        if (request.Year is not (>= MinYear and <= MaxYear))
        {
            errors["year"] = [new Text("Năm kế hoạch phải từ {0} đến {1}.", "year must be between {0} and {1}.").Format(MinYear, MaxYear)];
        }

        PlanRules.Required(errors, "number", request.Number, 50, new("số kế hoạch", "The plan number"));
        PlanRules.Required(errors, "title", request.Title, 1000, new("trích yếu kế hoạch", "The plan title"));
        PlanRules.Optional(errors, "signerPosition", request.SignerPosition, 200);
        PlanRules.Optional(errors, "signerName", request.SignerName, 100);
        if (request.IssuedOn is null)
        {
            errors["issuedOn"] = [new("Chưa nhập ngày ban hành.", "issuedOn is required.")];
        }

        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        var unit = await permissions.FindUnitInScopeAsync(request.UnitCode, "unitCode", ct);
        if (unit.Failed)
        {
            return unit.Error;
        }

        var number = request.Number!.Trim();
        if (await db.Plans.AnyAsync(p => p.UnitId == unit.Value.Id && p.Year == request.Year && p.Number == number, ct))
        {
            return Error.Conflict(new Text("Đơn vị đã có kế hoạch số {0} năm {1}.", "The unit already has plan {0} of {1}.").Format(number, request.Year));
        }

        var plan = new Plan
        {
            UnitId = unit.Value.Id,
            Year = request.Year!.Value,
            Number = number,
            Title = request.Title!.Trim(),
            IssuedOn = request.IssuedOn!.Value,
            SignerPosition = request.SignerPosition?.Trim() ?? "",
            SignerName = request.SignerName?.Trim() ?? "",
            CreatedBy = permissions.UserName,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        return new PlanCreated(plan.Id);
    }
}
