using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Notifications.Sms;

namespace MotCua.Web.Features.Notifications;

/// <summary>What a delivery receipt did: <c>delivered</c>, <c>failed</c>, or <c>ignored</c> (a status on the way, such as accepted by the operator).</summary>
public sealed record SmsReceiptInfo(string ProviderMessageId, string Outcome);

/// <summary>
/// A delivery receipt from the SMS gateway (POST /api/v1/notifications/sms/delivery-receipts): proven by the shared
/// secret or its HMAC of the body before anything is read, then the message it names, by the gateway's id, is marked
/// delivered, or not delivered and why. A delivered message stays delivered: a late failure report does not undo it.
/// </summary>
public sealed class RecordSmsReceipt(MotCuaDbContext db, IOptions<SmsOptions> options, TimeProvider clock, ILogger<RecordSmsReceipt> logger)
{
    private static readonly Error Disabled = new(
        "receipts-disabled", StatusCodes.Status404NotFound, new("Chưa bật báo nhận SMS", "SMS delivery receipts are off"),
        new("Đơn vị chưa cấu hình khóa bí mật cho báo nhận SMS (Notifications:Sms:Receipts:Secret).", "No secret is configured for SMS delivery receipts (Notifications:Sms:Receipts:Secret)."));

    private static readonly Error Unproven = new(
        "invalid-receipt-secret", StatusCodes.Status401Unauthorized, new("Báo nhận không hợp lệ", "Invalid receipt"),
        new("Báo nhận không mang khóa bí mật hoặc chữ ký đúng của cổng SMS.", "The receipt does not carry the SMS gateway's secret or signature."));

    public async Task<Outcome<SmsReceiptInfo>> HandleAsync(byte[] body, string? proof, CancellationToken ct)
    {
        var receipts = options.Value.Receipts;
        if (string.IsNullOrEmpty(receipts.Secret))
        {
            return Disabled;
        }

        if (proof is null || !Proven(receipts, body, proof))
        {
            return Unproven;
        }

        var text = Encoding.UTF8.GetString(body);
        var id = FieldPath.Read(text, receipts.MessageIdField);
        var status = FieldPath.Read(text, receipts.StatusField);
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(status))
        {
            var missing = string.IsNullOrEmpty(id) ? receipts.MessageIdField : receipts.StatusField;
            return Error.Validation(missing, new($"Báo nhận thiếu trường {missing}.", $"The receipt lacks {missing}."));
        }

        var message = db.OutboxMessages.Where(m => m.Channel == SmsConnection.Channel && m.ProviderMessageId == id);
        if (!await message.AnyAsync(ct))
        {
            return Error.NotFound(new("tin nhắn có mã của nhà cung cấp", "Message with the provider's id"), id);
        }

        var now = clock.GetUtcNow();
        if (receipts.IsDelivered(status))
        {
            await message.ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, now).SetProperty(m => m.DeliveryFailedAt, (DateTimeOffset?)null).SetProperty(m => m.DeliveryError, (string?)null), ct);
            return new SmsReceiptInfo(id, "delivered");
        }

        if (receipts.IsFailed(status))
        {
            var reason = (receipts.ReasonField.Length > 0 ? FieldPath.Read(text, receipts.ReasonField) : null) is { Length: > 0 } r ? $"{status}: {r}" : status;
            await message.Where(m => m.DeliveredAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveryFailedAt, now).SetProperty(m => m.DeliveryError, reason.Length > 500 ? reason[..500] : reason), ct);
            return new SmsReceiptInfo(id, "failed");
        }

        logger.LogInformation("SMS receipt for {ProviderId} with status {Status}, neither delivered nor failed: nothing recorded", id, status);
        return new SmsReceiptInfo(id, "ignored");
    }

    /// <summary>The secret itself, or its HMAC-SHA256 of the body in hexadecimal or Base64; compared in constant time.</summary>
    private static bool Proven(SmsReceiptOptions receipts, byte[] body, string proof)
    {
        var secret = Encoding.UTF8.GetBytes(receipts.Secret!);
        var given = Encoding.UTF8.GetBytes(proof.Trim());
        if (receipts.Authentication == SmsReceiptAuthentication.Secret)
        {
            return CryptographicOperations.FixedTimeEquals(given, secret);
        }

        var mac = HMACSHA256.HashData(secret, body);
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(proof.Trim().ToLowerInvariant()), Encoding.UTF8.GetBytes(Convert.ToHexStringLower(mac)))
            || CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(Convert.ToBase64String(mac)));
    }
}
