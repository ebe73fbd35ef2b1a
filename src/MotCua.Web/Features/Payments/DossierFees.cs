using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Payments;

/// <summary>A fee of the procedure the applicant owes, <see cref="Quantity"/> times (<see cref="FeesOwed"/>).</summary>
public sealed record PayableFee(int Index, Fee Fee, int Quantity);

public sealed record DossierFees(string Code, string ProcedureName, bool Closed, IReadOnlyList<PayableFee> Fees, IReadOnlyList<PaymentInfo> Payments);

/// <summary>
/// What can be paid online for a dossier (its procedure's fees the applicant owes for what he asked: a copy fee only for
/// the copies asked) and what has been paid or tried.
/// </summary>
public sealed class GetDossierFees(MotCuaDbContext db, IPaymentGateway gateway)
{
    public async Task<Outcome<DossierFees>> HandleAsync(string code, CancellationToken ct)
    {
        var found = await db.Dossiers.AsNoTracking().Where(d => d.Code == code)
            .Join(db.Procedures, d => d.ProcedureId, p => p.Id, (d, p) => new { d.Id, d.Status, d.ResultCopies, d.FeeExempt, p.Name, p.Fees })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return Error.NotFound(new("hồ sơ", "Dossier"), code);
        }

        var orders = await db.PaymentOrders.AsNoTracking().Where(o => o.DossierId == found.Id).OrderByDescending(o => o.CreatedAt).ToListAsync(ct);
        var refunded = await db.PaymentRefunds.Where(r => db.PaymentOrders.Any(o => o.Id == r.PaymentOrderId && o.DossierId == found.Id))
            .GroupBy(r => r.PaymentOrderId).Select(g => new { g.Key, Amount = g.Sum(r => r.Amount) }).ToDictionaryAsync(g => g.Key, g => g.Amount, ct);
        return new DossierFees(
            code, found.Name, DossierWorkflow.IsFinal(found.Status),
            found.Fees.Select((f, i) => new PayableFee(i, f, FeesOwed.Quantity(f, found.ResultCopies, found.FeeExempt))).Where(f => f.Quantity > 0).ToList(),
            orders.Select(o => PaymentInfo.From(o, code, gateway.CheckoutUrl(o), refunded.GetValueOrDefault(o.Id))).ToList());
    }
}
