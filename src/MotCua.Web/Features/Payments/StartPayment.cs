using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Payments;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Payments;

public sealed record FeeChoice(int? Index, int? Quantity);

public sealed record PaymentRequest(IReadOnlyList<FeeChoice>? Fees);

/// <summary>
/// POST /api/v1/public/dossiers/{code}/payments: pay some of the fees the applicant owes online, a fee charged per copy
/// at most once per copy asked (<see cref="FeesOwed"/>). The amount is taken from the catalog, never from the request. The same choice asked again while its order is still waiting
/// gives that order back, so a double click or a retry opens one payment, not two.
/// </summary>
public sealed class StartPayment(MotCuaDbContext db, IPaymentGateway gateway, TimeProvider clock)
{
    public async Task<Outcome<PaymentInfo>> HandleAsync(string code, PaymentRequest request, CancellationToken ct)
    {
        var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Code == code).Select(d => new { d.Id, d.Status, d.ProcedureId, d.ResultCopies, d.FeeExempt }).FirstOrDefaultAsync(ct);
        if (dossier is null)
        {
            return Error.NotFound(new("hồ sơ", "Dossier"), code);
        }

        if (DossierWorkflow.IsFinal(dossier.Status))
        {
            return Error.Conflict(new("Hồ sơ đã kết thúc, không thể nộp phí.", "The dossier is closed; no fee can be paid."));
        }

        var fees = await db.Procedures.AsNoTracking().Where(p => p.Id == dossier.ProcedureId).Select(p => p.Fees).FirstAsync(ct);
        var lines = Lines(fees, f => FeesOwed.Quantity(f, dossier.ResultCopies, dossier.FeeExempt), request.Fees);
        if (lines.Failed)
        {
            return lines.Error;
        }

        var orders = await db.PaymentOrders.AsNoTracking().Where(o => o.DossierId == dossier.Id && o.Status == PaymentStatus.Pending).ToListAsync(ct);
        if (orders.FirstOrDefault(o => o.Lines.SequenceEqual(lines.Value)) is { } waiting)
        {
            return PaymentInfo.From(waiting, code, gateway.CheckoutUrl(waiting));
        }

        var now = clock.GetUtcNow();
        var order = new PaymentOrder { DossierId = dossier.Id, Lines = [.. lines.Value], Amount = lines.Value.Sum(l => l.Amount), Status = PaymentStatus.Pending, CreatedAt = now, UpdatedAt = now };
        db.PaymentOrders.Add(order);
        await db.SaveChangesAsync(ct);
        return PaymentInfo.From(order, code, gateway.CheckoutUrl(order));
    }

    private static Outcome<PaymentLine[]> Lines(List<Fee> fees, Func<Fee, int> owed, IReadOnlyList<FeeChoice>? choices)
    {
        if (choices is not { Count: > 0 })
        {
            return Error.Validation("fees", new("Chọn ít nhất một khoản phí, lệ phí để nộp.", "Choose at least one fee to pay."));
        }

        var errors = new Dictionary<string, Text[]>();
        for (int i = 0; i < choices.Count; i++)
        {
            var (index, quantity) = (choices[i].Index, choices[i].Quantity ?? 1);
            var most = index is { } at && at >= 0 && at < fees.Count ? owed(fees[at]) : 0;
            if (most == 0)
            {
                errors[$"fees[{i}].index"] = [new("Khoản phí không có trong thủ tục hoặc hồ sơ không phải nộp.", "No such fee to pay for this dossier.")];
            }
            else if (choices.Take(i).Any(c => c.Index == index))
            {
                errors[$"fees[{i}].index"] = [new("Khoản phí đã được chọn.", "This fee is chosen twice.")];
            }

            if (most > 0 && (quantity < 1 || quantity > most))
            {
                errors[$"fees[{i}].quantity"] = [new($"Số lượng từ 1 đến {most} (số bản đã yêu cầu).", $"Quantity from 1 to {most} (as many as asked).")];
            }
        }

        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        return choices.Select(c => new PaymentLine(fees[c.Index!.Value].Name, fees[c.Index.Value].Amount, c.Quantity ?? 1)).OrderBy(l => l.Name, StringComparer.Ordinal).ToArray();
    }
}
