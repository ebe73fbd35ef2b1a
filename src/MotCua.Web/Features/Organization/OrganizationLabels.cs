using System.Globalization;
using MotCua.Domain.Calendar;
using MotCua.Domain.Organization;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Organization;

/// <summary>How organization values read in the UI, in Vietnamese and English.</summary>
public static class OrganizationLabels
{
    public static string Kind(UnitKind kind) => kind switch
    {
        UnitKind.Province => Text.Pick("UBND tỉnh", "Provincial People's Committee"),
        UnitKind.Department => Text.Pick("Sở, ngành", "Department"),
        UnitKind.ServiceCentre => Text.Pick("Trung tâm Phục vụ hành chính công", "Public Administration Service Centre"),
        UnitKind.District => Text.Pick("UBND cấp huyện", "District People's Committee"),
        UnitKind.Division => Text.Pick("Phòng chuyên môn / chi nhánh", "Division / branch"),
        UnitKind.OneStopDesk => Text.Pick("Bộ phận Một cửa", "One-stop desk"),
        _ => Text.Pick("UBND cấp xã", "Commune People's Committee"),
    };

    public static string Role(Role role) => role switch
    {
        Domain.Organization.Role.Receptionist => Text.Pick("Cán bộ tiếp nhận", "Receptionist"),
        Domain.Organization.Role.Specialist => Text.Pick("Chuyên viên xử lý", "Specialist"),
        Domain.Organization.Role.Leader => Text.Pick("Lãnh đạo", "Leader"),
        Domain.Organization.Role.KsttOfficer => Text.Pick("Cán bộ đầu mối KSTTHC", "Procedure-control focal officer"),
        _ => Text.Pick("Quản trị", "Administrator"),
    };

    public static string Change(UnitChangeKind kind) => kind switch
    {
        UnitChangeKind.Created => Text.Pick("Thành lập", "Created"),
        UnitChangeKind.Renamed => Text.Pick("Đổi tên", "Renamed"),
        UnitChangeKind.Moved => Text.Pick("Chuyển đơn vị cấp trên", "Moved"),
        UnitChangeKind.Merged => Text.Pick("Hợp nhất", "Merged"),
        UnitChangeKind.Deactivated => Text.Pick("Ngừng hoạt động", "Deactivated"),
        UnitChangeKind.Reactivated => Text.Pick("Hoạt động lại", "Reactivated"),
        UnitChangeKind.Split => Text.Pick("Chia tách", "Split"),
        _ => Text.Pick("Sửa thông tin (mã định danh, loại)", "Details changed (agency code, kind)"),
    };

    public static string Step(ReorganizationStepKind kind) => kind switch
    {
        ReorganizationStepKind.Create => Text.Pick("Thành lập", "Create"),
        ReorganizationStepKind.Rename => Text.Pick("Đổi tên", "Rename"),
        ReorganizationStepKind.Move => Text.Pick("Chuyển trực thuộc", "Move"),
        ReorganizationStepKind.Merge => Text.Pick("Sáp nhập vào", "Merge into"),
        ReorganizationStepKind.Abolish => Text.Pick("Giải thể, kế thừa bởi", "Abolish, succeeded by"),
        ReorganizationStepKind.Split => Text.Pick("Chia tách, kế thừa hồ sơ bởi", "Split, open work to"),
        ReorganizationStepKind.Grant => Text.Pick("Giao vai trò", "Grant a role"),
        _ => Text.Pick("Thôi vai trò", "End a role"),
    };

    public static string Status(ReorganizationStatus status) => status switch
    {
        ReorganizationStatus.Planned => Text.Pick("Dự kiến", "Planned"),
        ReorganizationStatus.Adopted => Text.Pick("Đã thông qua, chờ hiệu lực", "Adopted, awaiting its day"),
        ReorganizationStatus.Applied => Text.Pick("Đã có hiệu lực", "In force"),
        _ => Text.Pick("Đã thu hồi", "Withdrawn"),
    };

    public static string Active(bool active) => active ? Text.Pick("Đang hoạt động", "Active") : Text.Pick("Ngừng hoạt động", "Inactive");

    /// <summary>Why an officer cannot sign in for now, and until when (Vietnam time).</summary>
    public static string Locked(DateTimeOffset until)
    {
        var at = until.ToOffset(WorkingCalendar.VietnamOffset).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);
        return Text.Pick($"Tạm khóa đến {at} do đăng nhập sai nhiều lần", $"Locked until {at} after repeated failed sign-ins");
    }
}
