using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Features.Plans;

namespace MotCua.Web.Features.FocalOfficers;

public sealed record FocalOfficerRequest(string? UnitCode, string? Kind, string? FullName, string? Position, string? Field, string? Phone, string? Email, string? AssignedBy);

public sealed record FocalOfficerQuery(string? UnitCode, string? Kind);

public sealed record FocalOfficerView(Guid Id, string UnitCode, string UnitName, string Kind, string FullName, string Position, string? Field, string? Phone, string? Email, string? AssignedBy);

/// <summary>
/// The lists a unit keeps and posts (seed 001): its KSTTHC focal officers, and the head, deputy and officers sent to its
/// one-stop desk with position, field and telephone. Officers see their units' lists; the KSTTHC office keeps them.
/// </summary>
public sealed class FocalOfficerLists(MotCuaDbContext db, PlanPermissions permissions, TimeProvider clock)
{
    public static readonly IReadOnlyDictionary<string, Text> Kinds = new Dictionary<string, Text>
    {
        ["kstt"] = new("Cán bộ đầu mối KSTTHC", "KSTTHC focal officer"),
        ["deskHead"] = new("Lãnh đạo Bộ phận Một cửa", "Head of the one-stop desk"),
        ["deskOfficer"] = new("Công chức làm việc tại Bộ phận Một cửa", "Officer at the one-stop desk"),
    };

    public async Task<Outcome<IReadOnlyList<FocalOfficerView>>> ListAsync(FocalOfficerQuery query, CancellationToken ct)
    {
        var scope = await permissions.ScopeAsync(ct);
        IReadOnlyCollection<Guid> units = [.. scope];
        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            var unit = await permissions.FindUnitInScopeAsync(query.UnitCode, "unitCode", ct);
            if (unit.Failed)
            {
                return unit.Error;
            }

            units = [.. UnitLookup.ReadableSubtree(unit.Value.Id, await db.Units.AsNoTracking().ToListAsync(ct), scope)];
        }

        if (query.Kind is { Length: > 0 } kind && !Kinds.ContainsKey(kind))
        {
            return Error.Validation("kind", KindError);
        }

        var names = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var rows = await db.FocalOfficers.AsNoTracking()
            .Where(o => units.Contains(o.UnitId) && (string.IsNullOrEmpty(query.Kind) || o.Kind == query.Kind)).ToListAsync(ct);
        return rows.OrderBy(o => names[o.UnitId].Code, StringComparer.Ordinal).ThenBy(o => o.Kind, StringComparer.Ordinal).ThenBy(o => o.FullName, StringComparer.Ordinal)
            .Select(o => new FocalOfficerView(o.Id, names[o.UnitId].Code, names[o.UnitId].Name, o.Kind, o.FullName, o.Position, o.Field, o.Phone, o.Email, o.AssignedBy))
            .ToList();
    }

    public async Task<Outcome<FocalOfficerView>> AddAsync(FocalOfficerRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, Text[]>();
        PlanRules.Required(errors, "fullName", request.FullName, 100, new("họ và tên", "The full name"));
        PlanRules.Required(errors, "position", request.Position, 200, new("chức danh", "The position"));
        PlanRules.Optional(errors, "field", request.Field, 200);
        PlanRules.Optional(errors, "assignedBy", request.AssignedBy, 200);
        ContactRules.Check(request.Phone, request.Email, "", errors);
        if (request.Kind is null || !Kinds.ContainsKey(request.Kind))
        {
            errors["kind"] = [KindError];
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

        var officer = new FocalOfficer
        {
            UnitId = unit.Value.Id, Kind = request.Kind!, FullName = request.FullName!.Trim(), Position = request.Position!.Trim(),
            Field = ContactRules.Blank(request.Field), Phone = ContactRules.NormalizedPhone(request.Phone), Email = ContactRules.Blank(request.Email),
            AssignedBy = ContactRules.Blank(request.AssignedBy), CreatedAt = clock.GetUtcNow(),
        };
        db.FocalOfficers.Add(officer);
        await db.SaveChangesAsync(ct);
        return new FocalOfficerView(officer.Id, unit.Value.Code, unit.Value.Name, officer.Kind, officer.FullName, officer.Position, officer.Field, officer.Phone, officer.Email, officer.AssignedBy);
    }

    public async Task<Outcome<bool>> RemoveAsync(Guid id, CancellationToken ct)
    {
        var scope = (await permissions.ScopeAsync(ct)).ToList();
        var officer = await db.FocalOfficers.FirstOrDefaultAsync(o => o.Id == id && scope.Contains(o.UnitId), ct);
        if (officer is null)
        {
            return Error.NotFound(new("cán bộ trong danh sách", "Listed officer"), id.ToString());
        }

        db.FocalOfficers.Remove(officer);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<Outcome<FileDownload>> ExportAsync(FocalOfficerQuery query, CancellationToken ct)
    {
        var list = await ListAsync(query, ct);
        if (list.Failed)
        {
            return list.Error;
        }

        var rows = list.Value.Select((o, i) => new object?[] { i + 1, o.UnitName, Kinds[o.Kind].Vi, o.FullName, o.Position, o.Field ?? "", o.Phone ?? "", o.Email ?? "", o.AssignedBy ?? "" });
        var content = PlanWorkbook.Xlsx(
            "Danh sách", "DANH SÁCH CÁN BỘ ĐẦU MỐI KSTTHC VÀ CÔNG CHỨC BỘ PHẬN MỘT CỬA", $"Đơn vị: {query.UnitCode ?? "tất cả"}",
            [("STT", 6), ("Đơn vị", 36), ("Vai trò", 30), ("Họ và tên", 24), ("Chức danh", 24), ("Lĩnh vực công tác", 24), ("Điện thoại", 14), ("Thư điện tử", 28), ("Văn bản phân công", 28)], rows);
        return new FileDownload(content, Catalog.ImportTemplate.XlsxContentType, string.Create(CultureInfo.InvariantCulture, $"danh-sach-dau-moi-{query.UnitCode ?? "tat-ca"}.xlsx"));
    }

    private static readonly Text KindError = new("Vai trò phải là kstt, deskHead hoặc deskOfficer.", "kind must be kstt, deskHead or deskOfficer.");
}
