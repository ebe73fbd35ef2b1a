using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Documents;
using MotCua.Web.Documents.Models;
using MotCua.Web.Documents.Templates;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.FocalOfficers;

/// <summary>
/// GET /api/v1/focal-officers/print?unitCode=&amp;kind=: the unit's lists (with the units under it) as the PDF it posts
/// and sends up, dated today; a unit is required, as a printed list is a unit's paper.
/// </summary>
public sealed class PrintFocalOfficers(MotCuaDbContext db, FocalOfficerLists lists, DocumentRenderer renderer, PdfPrinter printer, TimeProvider clock)
{
    public async Task<Outcome<FileDownload>> HandleAsync(FocalOfficerQuery query, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(query.UnitCode))
        {
            return Error.Validation("unitCode", new("Chọn đơn vị có danh sách cần in.", "Choose the unit whose lists to print."));
        }

        var list = await lists.ListAsync(query, ct);
        if (list.Failed)
        {
            return list.Error;
        }

        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var unit = units.Values.Single(u => u.Code == query.UnitCode.Trim());
        var groups = list.Value.GroupBy(o => o.Kind).OrderBy(g => FocalOfficerLists.Kinds.Keys.ToList().IndexOf(g.Key))
            .Select(g => new FocalOfficerGroup(FocalOfficerLists.Kinds[g.Key].Vi, [.. g.Select((o, i) => new FocalOfficerRow(
                i + 1, o.FullName, o.Position, o.UnitName, o.Field ?? "", o.Phone ?? "", o.Email ?? "", o.AssignedBy ?? ""))]))
            .ToList();
        var title = query.Kind is { Length: > 0 } kind
            ? $"Danh sách {FocalOfficerLists.Kinds[kind].Vi.ToLowerInvariant()}"
            : "Danh sách cán bộ đầu mối kiểm soát thủ tục hành chính và công chức làm việc tại Bộ phận Một cửa";
        var document = new FocalOfficerDocument(OfficialNames.Header(unit, units, string.Empty, DossierPeriod.Today(clock)), title, groups, new Signature("Thủ trưởng đơn vị", ""));
        var html = await renderer.RenderAsync<FocalOfficerList>(new Dictionary<string, object?> { [nameof(FocalOfficerList.Document)] = document });
        return new FileDownload(await printer.PrintAsync(html, ct), "application/pdf", $"danh-sach-dau-moi-{unit.Code}.pdf") { Inline = true };
    }
}
