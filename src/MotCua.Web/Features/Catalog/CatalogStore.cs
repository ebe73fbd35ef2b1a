using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Domain.Text;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Catalog;

/// <summary>Reads and revision-writes shared by the catalog's use cases.</summary>
public static class CatalogStore
{
    public static readonly Text ProcedureNoun = new("thủ tục hành chính", "Procedure");

    public static Task<Dictionary<string, Guid>> ActiveUnitsAsync(this MotCuaDbContext db, CancellationToken ct) =>
        db.Units.AsNoTracking().Where(u => u.IsActive).ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, ct);

    public static async Task<Outcome<Procedure>> FindProcedureAsync(this MotCuaDbContext db, string code, CancellationToken ct)
    {
        var procedure = await db.Procedures.Include(p => p.Units).FirstOrDefaultAsync(p => p.Code == code, ct);
        return procedure is null ? Error.NotFound(ProcedureNoun, code) : procedure;
    }

    /// <summary>
    /// A KSTTHC officer changes only procedures of the units in his scope (a district's office its
    /// district's procedures; the province's office every one): the unit codes outside it, if any.
    /// </summary>
    public static async Task<IReadOnlyList<string>> OutsideScopeAsync(this CurrentOfficer officer, IEnumerable<Guid> unitIds, IReadOnlyDictionary<Guid, string> unitCodes, CancellationToken ct)
    {
        var scope = await officer.VisibleUnitIdsAsync(ct);
        return unitIds.Where(id => !scope.Contains(id)).Select(id => unitCodes[id]).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    public static Error OutOfScope(IReadOnlyList<string> unitCodes) => Error.Forbidden(new(
        $"Thủ tục gắn với đơn vị ngoài phạm vi quản lý của bạn: {string.Join(", ", unitCodes)}.",
        $"The procedure concerns units outside your scope: {string.Join(", ", unitCodes)}."));

    /// <summary>Recomputes derived columns and appends the revision that records this change.</summary>
    public static void Record(this MotCuaDbContext db, Procedure procedure, ProcedureChangeKind kind, string by, DateTimeOffset at, IReadOnlyDictionary<Guid, string> unitCodes, string? note = null)
    {
        procedure.SearchText = SearchText.Normalize($"{procedure.Code} {procedure.Name} {procedure.Field}");
        procedure.UpdatedAt = at;
        db.ProcedureRevisions.Add(new ProcedureRevision
        {
            ProcedureId = procedure.Id,
            Version = procedure.Version,
            Kind = kind,
            At = at,
            ByUserName = by,
            // A copy: EF Core owns each record instance once, and the revision must not share the procedure's.
            Publication = procedure.Publication is { } publication ? publication with { } : null,
            Note = note,
            Snapshot = JsonSerializer.Serialize(ProcedureDetail.From(procedure, unitCodes).ToInput(), ApiSetup.Json),
        });
    }

}
