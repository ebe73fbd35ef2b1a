using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Features.Catalog;
using MotCua.Web.Features.Organization;
using MotCua.Web.Features.Plans;

namespace MotCua.Web.Features.Reviews;

/// <summary>The review forms of the officer's units per unit and year, with what each proposal saves; exported as a workbook.</summary>
public sealed class ListModel(ListReviews list, ListUnits units) : PlanPage
{
    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public IReadOnlyList<ReviewSummary>? Reviews { get; private set; }

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Reviews is not { } reviews)
        {
            return Page();
        }

        var rows = reviews.Select((r, i) => new object?[]
        {
            i + 1, r.UnitCode, r.Year, r.ProcedureCode, r.ProcedureName, r.CreatedBy, ReviewText.Status(r.Status), r.Saving, r.SavingPercent,
        });
        var subtitle = $"Đơn vị: {UnitCode ?? "tất cả"}; năm: {Year?.ToString(CultureInfo.InvariantCulture) ?? "tất cả"}";
        var content = PlanWorkbook.Xlsx(
            "Rà soát", "DANH SÁCH PHIẾU RÀ SOÁT, ĐÁNH GIÁ TTHC", subtitle,
            [("STT", 6), ("Đơn vị", 14), ("Năm", 8), ("Mã thủ tục", 22), ("Tên thủ tục", 50), ("Người rà soát", 16), ("Tình trạng", 22), ("Tiết kiệm một năm (đồng)", 18), ("Tỷ lệ cắt giảm (%)", 12)],
            rows);
        return File(content, ImportTemplate.XlsxContentType, "phieu-ra-soat.xlsx");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var outcome = await list.HandleAsync(new ReviewQuery(UnitCode, Year), ct);
        if (outcome.Failed)
        {
            Refuse(outcome.Error);
        }

        Reviews = outcome.Failed ? null : outcome.Value;
        Units = await units.HandleAsync(includeInactive: false, ct);
    }
}
