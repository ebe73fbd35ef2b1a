using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Features.Catalog;

namespace MotCua.Web.Features.Plans;

/// <param name="Skipped">Rows already in the plan (same section and content): a second run of the same file adds nothing.</param>
public sealed record PlanImportReport(int Created, int Skipped);

/// <summary>
/// Nhập bảng nhiệm vụ của kế hoạch (.xlsx or .csv, the columns of <see cref="Headers"/>): every row is read as a task
/// entered by hand would be (<see cref="PlanTaskInput"/>) and every error is listed by row and column; only a file
/// without any error is written. A row whose section and content the plan already holds is skipped.
/// </summary>
public sealed partial class ImportPlanTasks(MotCuaDbContext db, PlanPermissions permissions, PlanTaskInput input)
{
    public static readonly string[] Headers =
    [
        "Mục", "STT", "Nội dung công việc", "Đơn vị chủ trì (mã)", "Đơn vị phối hợp (mã)", "Đơn vị thực hiện (theo kế hoạch)",
        "Kết quả, sản phẩm", "Thời gian thực hiện", "Thời hạn (yyyy-MM-dd, yyyy-MM hoặc RRULE)",
    ];

    private const int MaxRows = 1000;

    /// <summary>The table sent as the multipart field <c>file</c>, read no further than <see cref="ImportFile.MaxBytes"/>.</summary>
    public async Task<Outcome<PlanImportReport>> FromFormAsync(Guid planId, IFormFile? file, CancellationToken ct)
    {
        if (file is null)
        {
            return Error.Validation("file", new("Chưa chọn tệp để nhập.", "No file was chosen."));
        }

        await using var stream = file.OpenReadStream();
        var content = await BoundedBody.ReadAsync(stream, ImportFile.MaxBytes, ct);
        return content.Failed ? content.Error : await HandleAsync(planId, content.Value, ct);
    }

    public async Task<Outcome<PlanImportReport>> HandleAsync(Guid planId, byte[] content, CancellationToken ct)
    {
        var plan = await permissions.FindOwnPlanAsync(planId, ct);
        if (plan.Failed)
        {
            return plan.Error;
        }

        var file = ImportFile.Read(content);
        if (file.Failed)
        {
            return file.Error;
        }

        var (headers, rows) = file.Value;
        var errors = new Dictionary<string, Text[]>();
        if (!headers.Select(h => h.Trim()).Take(Headers.Length).SequenceEqual(Headers, StringComparer.OrdinalIgnoreCase))
        {
            errors["headers"] = [new($"Dòng tiêu đề phải là: {string.Join(" | ", Headers)}.", $"The header row must be: {string.Join(" | ", Headers)}.")];
        }
        else if (rows.Count is 0 or > MaxRows)
        {
            errors["rows"] = [new Text("Tệp phải có từ 1 đến {0} nhiệm vụ.", "The file must hold 1 to {0} tasks.").Format(MaxRows)];
        }

        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var known = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == planId).Select(t => new { t.Section, t.Content, t.Position }).ToListAsync(ct);
        var seen = known.Select(t => (t.Section, t.Content)).ToHashSet();
        var position = known.Select(t => t.Position).DefaultIfEmpty(0).Max();
        var drafts = new List<PlanTaskDraft>();
        var skipped = 0;
        foreach (var row in rows)
        {
            string Cell(int i) => i < row.Cells.Count ? row.Cells[i].Trim() : "";
            var request = new PlanTaskRequest(
                Cell(2), Cell(3), [.. CodeSeparator().Split(Cell(4)).Where(c => c.Trim().Length > 0)], Cell(6), Due(Cell(7), Cell(8)), Cell(0), Cell(5), position + 1);
            if (seen.Contains((request.Section!, request.Content!)))
            {
                skipped++;
                continue;
            }

            var draft = await input.ReadAsync(plan.Value, request, ct);
            if (draft.Failed)
            {
                foreach (var (field, messages) in draft.Error.Fields ?? new Dictionary<string, Text[]> { [""] = [draft.Error.Detail ?? draft.Error.Title] })
                {
                    errors[$"rows[{row.Number}].{field}"] = messages;
                }

                continue;
            }

            seen.Add((request.Section!, request.Content!));
            drafts.Add(draft.Value);
            position++;
        }

        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        db.PlanTasks.AddRange(drafts.Select(d => d.Task));
        db.TaskInstances.AddRange(drafts.SelectMany(PlanTaskInput.Instances));
        await db.SaveChangesAsync(ct);
        return new PlanImportReport(drafts.Count, skipped);
    }

    /// <summary>The empty table with its headers, to fill in.</summary>
    public static byte[] Template()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Nhiệm vụ");
        for (var i = 0; i < Headers.Length; i++)
        {
            sheet.Cell(1, i + 1).Value = Headers[i];
        }

        string[] example = ["VII. Chế độ giao ban, thông tin, báo cáo", "1", "Báo cáo kết quả kiểm soát TTHC hằng quý", "PL", "PL-TP, PL-TCKH", "Các phòng chuyên môn thuộc UBND thị xã", "Báo cáo quý", "Thực hiện trước ngày 17 của tháng cuối quý", ""];
        for (var i = 0; i < example.Length; i++)
        {
            sheet.Cell(2, i + 1).SetValue(example[i]);
        }

        sheet.Row(1).Style.Font.Bold = true;
        // Fixed widths: measuring text needs System.Drawing, which ClosedXML 0.95 cannot use on Linux.
        sheet.Columns().Width = 24;
        sheet.Column(3).Width = 60;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>The explicit deadline wins over the wording, which is kept as written.</summary>
    private static DueRequest Due(string wording, string deadline)
    {
        var text = wording.Length == 0 ? null : wording;
        if (DateOnly.TryParseExact(deadline, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DueRequest(date, null, null, text);
        }

        return MonthForm().IsMatch(deadline) ? new DueRequest(null, deadline, null, text) : new DueRequest(null, null, deadline.Length == 0 ? null : deadline, text);
    }

    private static Error Invalid(Dictionary<string, Text[]> errors) => new(
        "import-invalid", StatusCodes.Status400BadRequest,
        new("Tệp nhập có lỗi, chưa nhập nhiệm vụ nào", "The import has errors; nothing was imported"),
        new Text("{0} lỗi, xem danh sách theo dòng.", "{0} errors, listed by row.").Format(errors.Count),
        errors);

    [GeneratedRegex(@"[,;]")]
    private static partial Regex CodeSeparator();

    [GeneratedRegex(@"^\d{4}-\d{2}$")]
    private static partial Regex MonthForm();
}
