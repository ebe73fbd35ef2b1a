using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Common;

namespace MotCua.Web.Features;

/// <summary>The page people see for a missing page, a refused access or a fault: never a stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Code { get; set; }

    public string Title => Code switch
    {
        404 => Text.Pick("Không tìm thấy trang", "Page not found"),
        403 => Text.Pick("Không có quyền truy cập", "Access denied"),
        400 => Text.Pick("Yêu cầu không hợp lệ", "Bad request"),
        503 => Text.Pick("Hệ thống tạm thời gián đoạn", "Temporarily unavailable"),
        _ => Text.Pick("Đã có lỗi ngoài dự kiến", "An unexpected error occurred"),
    };

    public string Message => Code switch
    {
        404 => Text.Pick("Địa chỉ bạn mở không tồn tại hoặc đã bị xóa.", "The address you opened does not exist or was removed."),
        403 => Text.Pick("Tài khoản của bạn không có quyền với trang này.", "Your account may not open this page."),
        400 => Text.Pick("Trình duyệt gửi yêu cầu không đọc được; vui lòng thử lại.", "The browser sent a request that could not be read; please try again."),
        503 => Outages.Message.ToString(),
        _ when HttpMethods.IsGet(Request.Method) => Text.Pick("Dữ liệu không bị thay đổi. Vui lòng thử lại; nếu lỗi lặp lại, hãy báo quản trị hệ thống.", "Nothing was changed. Please try again; if it happens again, tell the administrator."),
        _ => Text.Pick(
            "Yêu cầu có thể chưa được thực hiện trọn vẹn: hãy kiểm tra lại trước khi gửi lại; nếu lỗi lặp lại, hãy báo quản trị hệ thống.",
            "The request may not have been carried out in full: check before sending it again; if it happens again, tell the administrator."),
    };

    public void OnGet()
    {
        if (Code is null && HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is { } fault && Outages.IsOutage(fault))
        {
            Code = StatusCodes.Status503ServiceUnavailable;
            Outages.AskToRetryLater(Response);
        }

        Response.StatusCode = Code ?? StatusCodes.Status500InternalServerError;
    }

    public void OnPost() => OnGet();
}
