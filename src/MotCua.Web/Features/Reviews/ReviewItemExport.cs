using MotCua.Web.Common;
using MotCua.Web.Features.Catalog;
using MotCua.Web.Features.Plans;

namespace MotCua.Web.Features.Reviews;

/// <summary>The review list as the plan's appendix prints it (seed 000 Phụ lục IV), with where each review stands, as .xlsx.</summary>
public sealed class ReviewItemExport(ListReviewItems list)
{
    public async Task<Outcome<FileDownload>> HandleAsync(ReviewItemQuery query, CancellationToken ct)
    {
        var items = await list.HandleAsync(query, ct);
        if (items.Failed)
        {
            return items.Error;
        }

        var rows = items.Value.Select((i, n) => new object?[]
        {
            n + 1, i.PlanNumber, i.Group, i.ProcedureCode, i.ProcedureName, i.Field, i.LeadUnitName, i.Coordinating,
            PlanUnits.Month(i.StartMonth, i.Year), PlanUnits.Month(i.EndMonth, i.Year), i.Content, ReviewText.ItemStatus(i.Status) + (i.Overdue ? " (quá hạn)" : ""),
        });
        var subtitle = $"Đơn vị: {query.UnitCode ?? "tất cả"}; năm: {query.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "tất cả"}";
        var content = PlanWorkbook.Xlsx(
            "Rà soát", "DANH MỤC THỦ TỤC HÀNH CHÍNH RÀ SOÁT, ĐÁNH GIÁ", subtitle,
            [("STT", 6), ("Kế hoạch", 14), ("Nhóm", 30), ("Mã TTHC", 24), ("Tên/Nhóm TTHC", 45), ("Lĩnh vực", 16), ("Chủ trì", 24), ("Phối hợp", 24), ("Bắt đầu", 10), ("Hoàn thành", 10), ("Nội dung rà soát", 45), ("Tình trạng", 20)],
            rows);
        return new FileDownload(content, ImportTemplate.XlsxContentType, "danh-muc-ra-soat.xlsx");
    }
}
