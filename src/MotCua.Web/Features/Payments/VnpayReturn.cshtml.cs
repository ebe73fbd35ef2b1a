using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Payments;

/// <summary>
/// vnp_ReturnUrl: where VNPAY sends the citizen's browser back. It records nothing (a browser can be made to carry
/// anything; only the IPN or a querydr decides an order): a signed return leads to the order as the product knows it,
/// an unsigned one is refused.
/// </summary>
public sealed class VnpayReturnModel(IPaymentGateway gateway) : FormPage
{
    private static readonly Error Unsigned = Error.Validation("vnp_SecureHash", new(
        "Địa chỉ trở về không mang chữ ký hợp lệ của cổng thanh toán; kết quả giao dịch được tra cứu theo mã giao dịch.",
        "The return address does not carry the gateway's valid signature; look the payment up by its reference."));

    public IActionResult OnGet()
    {
        if (gateway.TryRead(Request.Query.Select(q => KeyValuePair.Create(q.Key, q.Value.ToString())), out var report))
        {
            return Redirect("/thanh-toan/ket-qua/" + Uri.EscapeDataString(report.Reference));
        }

        Refuse(Unsigned);
        return Page();
    }
}
