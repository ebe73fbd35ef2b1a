using MotCua.Domain.Payments;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Payments;

public static class PaymentLabels
{
    public static string Status(PaymentStatus status) => status switch
    {
        PaymentStatus.Pending => Text.Pick("Đang chờ ngân hàng xác nhận", "Waiting for the bank"),
        PaymentStatus.Paid => Text.Pick("Đã thanh toán", "Paid"),
        PaymentStatus.Failed => Text.Pick("Không thành công", "Failed"),
        _ => Text.Pick("Đã hủy do quá thời gian", "Expired"),
    };
}
