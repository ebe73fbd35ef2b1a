using MotCua.Web.Features.Payments.Vnpay;
using Shouldly;

namespace MotCua.Web.Tests.Features.Payments;

/// <summary>
/// The signing rules against vectors made by hand from VNPAY's documentation (sandbox.vnpayment.vn/apis/docs,
/// version 2.1.0): the canonical strings below were written from the rule (parameters sorted by name, values
/// URL-encoded with "+" for a space, joined with "&amp;"; API fields joined with "|" in the documented order), and each
/// hash computed outside this code with OpenSSL, e.g.
/// <c>printf '%s' "$CANONICAL" | openssl dgst -sha512 -hmac TESTSECRETNOTFORUSE0123456789XYZ</c>.
/// </summary>
public sealed class VnpayProtocolTests
{
    private const string Secret = "TESTSECRETNOTFORUSE0123456789XYZ";

    private const string PaymentCanonical =
        "vnp_Amount=1600000&vnp_Command=pay&vnp_CreateDate=20250303100000&vnp_CurrCode=VND&vnp_ExpireDate=20250303103000&vnp_IpAddr=127.0.0.1" +
        "&vnp_Locale=vn&vnp_OrderInfo=Nop+phi+le+phi+truc+tuyen+ma+giao+dich+ABC123&vnp_OrderType=other" +
        "&vnp_ReturnUrl=https%3A%2F%2Fmotcua.example.vn%2Fthanh-toan%2Fvnpay%2Ftra-ve&vnp_TmnCode=MOTCUA01&vnp_TxnRef=ABC123&vnp_Version=2.1.0";

    private const string PaymentHash =
        "0366b435e7557d7cdb4ef27e4f90e388e8d11d69ae7fac3072a60b898592e6d8bb73ef894a36b5222485dea50697ffb5e037c80ed0c9fc47c10bbe3aed2a41ba";

    // The parameters as a merchant assembles them, in no particular order, with a hash type the 2.1.0 signature leaves out.
    private static readonly Dictionary<string, string> Payment = new()
    {
        ["vnp_Version"] = "2.1.0",
        ["vnp_TxnRef"] = "ABC123",
        ["vnp_ReturnUrl"] = "https://motcua.example.vn/thanh-toan/vnpay/tra-ve",
        ["vnp_Amount"] = VnpayProtocol.Amount(16_000),
        ["vnp_Command"] = "pay",
        ["vnp_CreateDate"] = VnpayProtocol.Date(new DateTimeOffset(2025, 3, 3, 3, 0, 0, TimeSpan.Zero)),
        ["vnp_CurrCode"] = "VND",
        ["vnp_ExpireDate"] = "20250303103000",
        ["vnp_IpAddr"] = "127.0.0.1",
        ["vnp_Locale"] = "vn",
        ["vnp_OrderInfo"] = "Nop phi le phi truc tuyen ma giao dich ABC123",
        ["vnp_OrderType"] = "other",
        ["vnp_TmnCode"] = "MOTCUA01",
        ["vnp_SecureHashType"] = "HmacSHA512",
    };

    [Fact]
    public void A_payment_url_is_signed_over_its_sorted_encoded_parameters_with_hmac_sha512()
    {
        VnpayProtocol.Canonical(Payment).ShouldBe(PaymentCanonical);
        VnpayProtocol.Sign(PaymentCanonical, Secret).ShouldBe(PaymentHash);
        VnpayProtocol.SignedQuery(Payment, Secret).ShouldBe(PaymentCanonical + "&vnp_SecureHash=" + PaymentHash);
    }

    [Fact]
    public void Received_parameters_verify_with_the_hash_in_either_case_and_fail_when_any_value_or_the_secret_changes()
    {
        var received = new Dictionary<string, string>(Payment) { ["vnp_SecureHash"] = PaymentHash.ToUpperInvariant() };

        VnpayProtocol.Verify(received, Secret).ShouldBeTrue();
        VnpayProtocol.Verify(received, Secret + "x").ShouldBeFalse();
        VnpayProtocol.Verify(new Dictionary<string, string>(received) { ["vnp_Amount"] = "100" }, Secret).ShouldBeFalse();
        VnpayProtocol.Verify(new Dictionary<string, string>(received) { ["vnp_SecureHash"] = "" }, Secret).ShouldBeFalse();
        VnpayProtocol.Verify(Payment, Secret).ShouldBeFalse();
    }

    [Fact]
    public void A_querydr_checksum_covers_its_documented_fields_joined_with_bars()
    {
        var request = new VnpayApiRequest
        {
            RequestId = "REQ1", Command = VnpayApiRequest.Query, TmnCode = "MOTCUA01", TxnRef = "ABC123", OrderInfo = "Truy van giao dich ABC123",
            TransactionDate = "20250303100000", CreateDate = "20250303104000", IpAddr = "127.0.0.1", TransactionNo = "not signed",
        };

        // printf '%s' 'REQ1|2.1.0|querydr|MOTCUA01|ABC123|20250303100000|20250303104000|127.0.0.1|Truy van giao dich ABC123' | openssl dgst -sha512 -hmac …
        request.SignedWith(Secret).SecureHash.ShouldBe(
            "09c0efdac2fad8e70d78a355e68e8af41ad79c496f878a2c263640d6a9e809e7522a17bb352799d77eeb3e6659cb285f067990728e9e5eecac92c63b600f6dd6");
    }

    [Theory]
    [InlineData("1600000", 16_000L)]
    [InlineData("1600050", null)] // no fractions of a đồng
    [InlineData("-100", null)]
    [InlineData("1.600.000", null)]
    public void Amounts_travel_in_hundredths_of_a_dong(string text, long? dong) => VnpayProtocol.ParseAmount(text).ShouldBe(dong);
}
