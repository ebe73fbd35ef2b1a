using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Citizens;

public sealed record LinkRequest(string? Code, string? Phone);

public sealed record LinkedDossier(string Code);

/// <summary>
/// POST /api/v1/citizens/me/dossiers/link, /cong-dan/ho-so: the citizen adds to his account a dossier he handed in at
/// the desk or by post, so that he follows it, downloads its result and reuses its documents. The ID number he
/// registered proves nothing by itself (anyone may type another's), so he also gives the dossier's code, printed
/// on the receipt only its holder has, and the phone declared in it; the applicant's ID number must be the one he
/// declared. Any mismatch answers as an unknown dossier, so guesses learn nothing. Adding it again changes nothing.
/// The first dossier added this way verifies his ID number (<see cref="MotCua.Domain.Citizens.Citizen.VerifiedIdNumber"/>),
/// unless another account verified it before.
/// </summary>
public sealed class LinkDossier(MotCuaDbContext db, CurrentCitizen me, TimeProvider clock)
{
    public async Task<Outcome<LinkedDossier>> HandleAsync(LinkRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, Text[]>();
        var code = request.Code?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code))
        {
            errors["code"] = [new("Nhập mã hồ sơ ghi trên giấy tiếp nhận.", "Enter the dossier code printed on the receipt.")];
        }

        if (!PhoneNumber.TryNormalize(request.Phone, out var phone))
        {
            errors["phone"] = [new("Nhập số điện thoại đã khai khi nộp hồ sơ (10 chữ số).", "Enter the phone declared when submitting (10 digits).")];
        }

        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        var citizen = await db.Citizens.FirstAsync(c => c.Id == me.Id, ct);
        var dossier = await db.Dossiers.FirstOrDefaultAsync(d => d.Code == code && d.Applicant.IdNumber == citizen.IdNumber && (d.CitizenId == null || d.CitizenId == me.Id), ct);
        if (dossier is null || !PhoneNumber.TryNormalize(dossier.Applicant.Phone, out var declared) || declared != phone)
        {
            return Error.NotFound(new("hồ sơ", "Dossier"), code!);
        }

        if (citizen.VerifiedIdNumber is null)
        {
            if (await db.Citizens.AnyAsync(c => c.VerifiedIdNumber == citizen.IdNumber, ct))
            {
                return Error.Conflict(new(
                    "Số định danh này đã được xác minh cho một tài khoản khác. Nếu đó không phải tài khoản của ông/bà, hãy liên hệ Bộ phận Một cửa.",
                    "This ID number is already verified for another account. If that account is not yours, contact the one-stop desk."));
            }

            citizen.VerifyIdNumber();
        }

        if (dossier.CitizenId != me.Id)
        {
            dossier.CitizenId = me.Id;
            db.DossierEvents.Add(DossierHistory.Linked(dossier, await db.NextEventSequenceAsync(dossier, ct), clock.GetUtcNow(), me.UserName));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict(new("Hồ sơ vừa được cập nhật; vui lòng thử lại.", "The dossier just changed; try again."));
        }

        return new LinkedDossier(dossier.Code);
    }
}
