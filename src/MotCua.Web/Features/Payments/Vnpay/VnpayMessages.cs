using System.Text.Json.Serialization;

namespace MotCua.Web.Features.Payments.Vnpay;

/// <summary>
/// A request to VNPAY's merchant API (POST JSON to its API URL): <c>querydr</c> asks how a payment ended, <c>refund</c>
/// gives money back (<see cref="FullRefund"/> or <see cref="PartialRefund"/>). Fields a command does not use stay null
/// and are left out; <see cref="ChecksumFields"/> lists those its checksum covers, in the documented order.
/// </summary>
public sealed record VnpayApiRequest
{
    public const string Query = "querydr";
    public const string Refund = "refund";
    public const string FullRefund = "02";
    public const string PartialRefund = "03";

    [JsonPropertyName("vnp_RequestId")] public required string RequestId { get; init; }
    [JsonPropertyName("vnp_Version")] public string Version { get; init; } = VnpayProtocol.Version;
    [JsonPropertyName("vnp_Command")] public required string Command { get; init; }
    [JsonPropertyName("vnp_TmnCode")] public required string TmnCode { get; init; }
    [JsonPropertyName("vnp_TransactionType")] public string? TransactionType { get; init; }
    [JsonPropertyName("vnp_TxnRef")] public required string TxnRef { get; init; }
    [JsonPropertyName("vnp_Amount")] public string? Amount { get; init; }
    [JsonPropertyName("vnp_OrderInfo")] public required string OrderInfo { get; init; }
    [JsonPropertyName("vnp_TransactionNo")] public string? TransactionNo { get; init; }
    [JsonPropertyName("vnp_TransactionDate")] public required string TransactionDate { get; init; }
    [JsonPropertyName("vnp_CreateBy")] public string? CreateBy { get; init; }
    [JsonPropertyName("vnp_CreateDate")] public required string CreateDate { get; init; }
    [JsonPropertyName("vnp_IpAddr")] public required string IpAddr { get; init; }
    [JsonPropertyName("vnp_SecureHash")] public string? SecureHash { get; init; }

    [JsonIgnore] public IEnumerable<string?> ChecksumFields => Command == Refund
        ? [RequestId, Version, Command, TmnCode, TransactionType, TxnRef, Amount, TransactionNo, TransactionDate, CreateBy, CreateDate, IpAddr, OrderInfo]
        : [RequestId, Version, Command, TmnCode, TxnRef, TransactionDate, CreateDate, IpAddr, OrderInfo];

    public VnpayApiRequest SignedWith(string secret) => this with { SecureHash = VnpayProtocol.Checksum(ChecksumFields, secret) };
}

/// <summary>
/// VNPAY's answer to a <see cref="VnpayApiRequest"/>. <see cref="ResponseCode"/> says whether the request was
/// handled (00; 91 no such transaction; 94 a repeated request; 97 a bad checksum…), <see cref="TransactionStatus"/>
/// where the payment stands (00 paid, 01 not finished, 02 failed…).
/// </summary>
public sealed record VnpayApiAnswer
{
    /// <summary>No transaction of that reference at VNPAY: the citizen never got to pay.</summary>
    public const string NotFound = "91";

    [JsonPropertyName("vnp_ResponseId")] public string? ResponseId { get; init; }
    [JsonPropertyName("vnp_Command")] public string? Command { get; init; }
    [JsonPropertyName("vnp_ResponseCode")] public string? ResponseCode { get; init; }
    [JsonPropertyName("vnp_Message")] public string? Message { get; init; }
    [JsonPropertyName("vnp_TmnCode")] public string? TmnCode { get; init; }
    [JsonPropertyName("vnp_TxnRef")] public string? TxnRef { get; init; }
    [JsonPropertyName("vnp_Amount")] public string? Amount { get; init; }
    [JsonPropertyName("vnp_OrderInfo")] public string? OrderInfo { get; init; }
    [JsonPropertyName("vnp_BankCode")] public string? BankCode { get; init; }
    [JsonPropertyName("vnp_PayDate")] public string? PayDate { get; init; }
    [JsonPropertyName("vnp_TransactionNo")] public string? TransactionNo { get; init; }
    [JsonPropertyName("vnp_TransactionType")] public string? TransactionType { get; init; }
    [JsonPropertyName("vnp_TransactionStatus")] public string? TransactionStatus { get; init; }
    [JsonPropertyName("vnp_PromotionCode")] public string? PromotionCode { get; init; }
    [JsonPropertyName("vnp_PromotionAmount")] public string? PromotionAmount { get; init; }
    [JsonPropertyName("vnp_SecureHash")] public string? SecureHash { get; init; }

    [JsonIgnore] public IEnumerable<string?> ChecksumFields => Command == VnpayApiRequest.Refund
        ? [ResponseId, Command, ResponseCode, Message, TmnCode, TxnRef, Amount, BankCode, PayDate, TransactionNo, TransactionType, TransactionStatus, OrderInfo]
        : [ResponseId, Command, ResponseCode, Message, TmnCode, TxnRef, Amount, BankCode, PayDate, TransactionNo, TransactionType, TransactionStatus, OrderInfo, PromotionCode, PromotionAmount];

    public VnpayApiAnswer SignedWith(string secret) => this with { SecureHash = VnpayProtocol.Checksum(ChecksumFields, secret) };

    public bool IsSignedWith(string secret) => VnpayProtocol.Matches(VnpayProtocol.Checksum(ChecksumFields, secret), SecureHash);
}
