using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Documents;
using MotCua.Web.Documents.Models;
using MotCua.Web.Documents.Templates;
using MotCua.Web.Features.Catalog;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Plans;

/// <summary>
/// Every list of the plans' pages as a workbook (the plans, a plan's tasks and their instances, the overdue tasks),
/// filtered as on the page but not paged, naming units and plans as the pages do; and a plan printed as issued (PDF,
/// Decree 30 layout).
/// </summary>
public sealed class PlanExports(MotCuaDbContext db, ListPlans plans, ListOverdueTasks overdue, GetPlan get, DocumentRenderer renderer, PdfPrinter printer, TimeProvider clock)
{
    private static readonly PageRequest Everything = new(1, int.MaxValue);

    public async Task<Outcome<FileDownload>> PlansAsync(PlanQuery query, CancellationToken ct)
    {
        var list = await plans.HandleAsync(query, Everything, ct);
        if (list.Failed)
        {
            return list.Error;
        }

        var rows = list.Value.Items.Select((p, i) => new object?[] { i + 1, p.UnitName, p.Year, PlanText.Number(p.Number), p.Title, Date(p.IssuedOn), p.Tasks });
        var subtitle = $"Đơn vị: {await UnitNameAsync(query.UnitCode, ct)}; năm: {query.Year?.ToString(CultureInfo.InvariantCulture) ?? "tất cả"}";
        return Xlsx("ke-hoach", PlanWorkbook.Xlsx("Kế hoạch", "DANH SÁCH KẾ HOẠCH KIỂM SOÁT TTHC", subtitle, [("STT", 6), ("Đơn vị", 36), ("Năm", 8), ("Số", 18), ("Trích yếu", 60), ("Ngày ban hành", 14), ("Số nhiệm vụ", 10)], rows));
    }

    public async Task<Outcome<FileDownload>> OverdueAsync(OverdueQuery query, CancellationToken ct)
    {
        var list = await overdue.HandleAsync(query, Everything, ct);
        if (list.Failed)
        {
            return list.Error;
        }

        var asOf = query.AsOf ?? DossierPeriod.Today(clock);
        var rows = list.Value.Items.Select((t, i) => new object?[] { i + 1, t.LeadUnitName, t.PlanTitle, PlanText.Number(t.PlanNumber), t.Content, Date(t.DueDate), t.DaysOverdue, PlanText.Progress(t.Status) });
        var subtitle = $"Đơn vị: {await UnitNameAsync(query.UnitCode, ct)}; đến ngày {Date(asOf)}";
        return Xlsx("nhiem-vu-qua-han", PlanWorkbook.Xlsx(
            "Quá hạn", "NHIỆM VỤ QUÁ HẠN", subtitle,
            [("STT", 6), ("Đơn vị chủ trì", 30), ("Kế hoạch", 40), ("Số", 18), ("Nội dung", 60), ("Hạn", 12), ("Số ngày quá hạn", 10), ("Tình trạng", 16)], rows));
    }

    public async Task<Outcome<FileDownload>> TasksAsync(Guid planId, CancellationToken ct)
    {
        var plan = await get.HandleAsync(planId, ct);
        if (plan.Failed)
        {
            return plan.Error;
        }

        var rows = plan.Value.Tasks.SelectMany(t => (t.Instances.Count == 0 ? [null] : t.Instances.Cast<PlanInstance?>()).Select(i => new object?[]
        {
            t.Position, t.Section, t.Content, t.LeadUnitName, string.Join(", ", t.CoordinatingUnitNames), t.ExpectedOutput, PlanText.Due(t),
            i is null ? "" : Date(i.DueDate), i is null ? "" : PlanText.Progress(i.Status), i?.DoneOn is { } done ? Date(done) : "", i?.Note, i?.EvidenceUrl,
        }));
        var p = plan.Value;
        return Xlsx($"ke-hoach-{Safe(p.Number)}-{p.Year}", PlanWorkbook.Xlsx(
            "Nhiệm vụ", p.Title.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), $"{p.UnitName}; {PlanText.Number(p.Number)}; năm {p.Year}",
            [("STT", 6), ("Mục", 30), ("Nội dung công việc", 60), ("Chủ trì", 30), ("Phối hợp", 40), ("Kết quả", 30), ("Thời gian thực hiện", 22), ("Hạn kỳ", 12), ("Tình trạng", 16), ("Hoàn thành", 12), ("Ghi chú", 30), ("Minh chứng", 30)],
            rows));
    }

    public async Task<Outcome<FileDownload>> PrintAsync(Guid planId, CancellationToken ct)
    {
        var plan = await get.HandleAsync(planId, ct);
        if (plan.Failed)
        {
            return plan.Error;
        }

        var p = plan.Value;
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var unit = units.Values.Single(u => u.Code == p.UnitCode);
        var header = OfficialNames.Header(unit, units, p.Number, p.IssuedOn);
        var sections = p.Tasks.GroupBy(t => t.Section).Select(g => new PlanSection(g.Key, [.. g.Select((t, i) => new PlanRow(
            i + 1, t.Content, t.Performers ?? string.Join(", ", [t.LeadUnitName, .. t.CoordinatingUnitNames]),
            PlanText.Due(t), t.ExpectedOutput ?? ""))])).ToList();
        var reviews = (await db.ReviewPlanItems.AsNoTracking().Where(i => i.PlanId == planId).OrderBy(i => i.Position).ToListAsync(ct))
            .GroupBy(i => i.Group).Select(g => new ReviewSection(g.Key, [.. g.Select((i, n) => new ReviewRow(
                n + 1, i.ProcedureName, i.Field, units[i.LeadUnitId].Name, PlanUnits.Names(i.CoordinatingUnitCodes, i.Coordinators, units.Values),
                PlanUnits.Month(i.StartMonth, p.Year), PlanUnits.Month(i.EndMonth, p.Year), i.Content))])).ToList();
        var document = new PlanDocument(header, "Kế hoạch " + p.Title, sections, new Signature(p.SignerPosition.Replace('\n', ' '), p.SignerName), reviews);
        var html = await renderer.RenderAsync<PlanTable>(new Dictionary<string, object?> { [nameof(PlanTable.Document)] = document });
        return new FileDownload(await printer.PrintAsync(html, ct), "application/pdf", $"ke-hoach-{Safe(p.Number)}-{p.Year}.pdf") { Inline = true };
    }

    /// <summary>The name of the unit a list was asked for, as its heading reads; every unit when none was.</summary>
    private async Task<string> UnitNameAsync(string? code, CancellationToken ct) =>
        code is null ? "tất cả" : await db.Units.AsNoTracking().Where(u => u.Code == code).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? code;

    private static FileDownload Xlsx(string name, byte[] content) => new(content, ImportTemplate.XlsxContentType, name + ".xlsx");

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Safe(string number) => new([.. number.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
