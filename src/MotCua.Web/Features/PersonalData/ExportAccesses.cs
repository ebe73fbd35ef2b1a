using System.Globalization;
using MotCua.Web.Common;
using MotCua.Web.Features.Catalog;
using MotCua.Web.Features.Plans;

namespace MotCua.Web.Features.PersonalData;

/// <summary>GET /api/v1/personal-data-access/export: the same entries as the list, all of them, as a workbook for an inspection.</summary>
public sealed class ExportAccesses(ListAccesses list)
{
    /// <summary>A year of a busy district's log fits; more is asked for in parts.</summary>
    public const int MaxRows = 50_000;

    public async Task<Outcome<FileDownload>> HandleAsync(AccessLogQuery query, CancellationToken ct)
    {
        var entries = await list.AllAsync(query, MaxRows, ct);
        if (entries.Failed)
        {
            return entries.Error;
        }

        var rows = entries.Value.Select((e, i) => new object?[]
        {
            i + 1, e.At.ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture), e.OfficerFullName, e.OfficerUserName, e.OfficerUnitCode ?? "",
            AccessLabels.Action(e.Action), e.DossierCode ?? "", e.What ?? "", e.DossierCount, e.UnitCode, e.Address ?? "", e.UserAgent ?? "",
        });
        var content = PlanWorkbook.Xlsx(
            Text.Pick("Nhật ký", "Log"),
            Text.Pick("NHẬT KÝ TRUY CẬP DỮ LIỆU CÁ NHÂN", "PERSONAL DATA ACCESS LOG"),
            Text.Pick($"Đơn vị: {query.UnitCode}, từ ngày {query.From} đến ngày {query.To}", $"Unit: {query.UnitCode}, from {query.From} to {query.To}"),
            [
                ("STT", 6), (Text.Pick("Thời điểm", "At"), 20), (Text.Pick("Cán bộ", "Officer"), 24), (Text.Pick("Tài khoản", "User name"), 16),
                (Text.Pick("Đơn vị cán bộ", "Officer's unit"), 16), (Text.Pick("Thao tác", "Action"), 24), (Text.Pick("Mã hồ sơ", "Dossier"), 22),
                (Text.Pick("Tệp", "File"), 30), (Text.Pick("Số hồ sơ", "Dossiers"), 10), (Text.Pick("Đơn vị của hồ sơ", "Dossiers' unit"), 16),
                (Text.Pick("Địa chỉ IP", "IP address"), 16), (Text.Pick("Trình duyệt", "User agent"), 40),
            ],
            rows);
        return new FileDownload(content, ImportTemplate.XlsxContentType, string.Create(CultureInfo.InvariantCulture, $"nhat-ky-truy-cap-{query.UnitCode}-{query.From}-{query.To}.xlsx"));
    }
}
