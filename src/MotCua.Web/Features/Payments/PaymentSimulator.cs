using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Payments;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.Payments;

/// <summary>
/// The default provider: a bank simulated inside the product (page /thanh-toan/gia-lap/{reference}). Its callbacks are
/// signed with the application's data-protection keys, which every node finds in the database, so no shared secret
/// is configured or committed, and a callback made up by anyone else fails the check.
/// </summary>
public sealed class PaymentSimulator(MotCuaDbContext db, IDataProtectionProvider protection) : IPaymentGateway
{
    private readonly IDataProtector signer = protection.CreateProtector("MotCua.Payments.Simulator.Callback");

    public string CheckoutUrl(PaymentOrder order) => "/thanh-toan/gia-lap/" + order.Reference;

    public bool TryRead(string body, string? signature, out ProviderReport report)
    {
        report = null!;
        if (string.IsNullOrEmpty(signature) || !SignatureMatches(body, signature))
        {
            return false;
        }

        try
        {
            report = JsonSerializer.Deserialize<ProviderReport>(body, ApiSetup.Json)!;
            return report is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public async Task<ProviderReport?> QueryAsync(PaymentOrder order, CancellationToken ct) =>
        await db.SimulatedCharges.AsNoTracking().Where(c => c.Reference == order.Reference)
            .Select(c => new ProviderReport(c.Reference, c.TransactionId, c.Status, c.Amount, c.At)).FirstOrDefaultAsync(ct);

    /// <summary>The body and signature of the callback the simulated bank sends for <paramref name="report"/>.</summary>
    public (string Body, string Signature) Callback(ProviderReport report)
    {
        var body = JsonSerializer.Serialize(report, ApiSetup.Json);
        return (body, signer.Protect(Digest(body)));
    }

    private bool SignatureMatches(string body, string signature)
    {
        try
        {
            return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signer.Unprotect(signature)), Encoding.ASCII.GetBytes(Digest(body)));
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static string Digest(string body) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)));

}
