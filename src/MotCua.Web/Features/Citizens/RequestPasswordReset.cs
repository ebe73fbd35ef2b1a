using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Citizens;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Notifications;

namespace MotCua.Web.Features.Citizens;

public sealed record PasswordResetRequest(string? Login);

public sealed record PasswordResetSent(string Detail);

/// <summary>
/// POST /api/v1/citizens/password-reset, /cong-dan/quen-mat-khau: a citizen who forgot his password asks for a code,
/// sent through the outbox to the e-mail or the phone he typed — only to one his account holds. The answer is the
/// same whether or not an account has it, so the form tells no one who is registered; a second request within
/// <see cref="PasswordResetCode.Spacing"/> sends nothing more, and a new code voids the earlier ones.
/// </summary>
public sealed class RequestPasswordReset(MotCuaDbContext db, TimeProvider clock)
{
    public static readonly Text Sent = new Text(
        "Nếu thư điện tử hoặc số điện thoại này đã đăng ký tài khoản, một mã {0} chữ số vừa được gửi tới đó. Mã dùng được một lần, trong {1} phút.",
        "If this e-mail or phone number has an account, a {0}-digit code was just sent to it. It can be used once, within {1} minutes.")
        .Format(PasswordResetCode.Digits, PasswordResetCode.Lifetime.TotalMinutes);

    public async Task<Outcome<PasswordResetSent>> HandleAsync(PasswordResetRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Login))
        {
            return Error.Validation("login", new("Nhập thư điện tử hoặc số điện thoại đã đăng ký.", "Enter the e-mail or phone number you registered."));
        }

        // Drawn and hashed for every request, so the time the answer takes does not tell whether the account exists.
        var (code, hash) = ResetCodes.Draw();
        var now = clock.GetUtcNow();
        var citizen = await CitizenLogins.FindAsync(db.Citizens.AsNoTracking(), request.Login, ct);
        if (citizen is not null)
        {
            var earlier = await db.PasswordResetCodes.Where(c => c.CitizenId == citizen.Id).ToListAsync(ct);
            if (earlier.All(c => now - c.CreatedAt >= PasswordResetCode.Spacing))
            {
                db.PasswordResetCodes.RemoveRange(earlier);
                var issued = new PasswordResetCode { CitizenId = citizen.Id, CodeHash = hash, CreatedAt = now };
                db.PasswordResetCodes.Add(issued);
                var byEmail = CitizenLogins.IsEmail(request.Login);
                Outbox.Queue(db, $"password-reset|{issued.Id}", null, byEmail ? null : citizen.Phone, byEmail ? citizen.Email : null, Message(code), now);
                await db.SaveChangesAsync(ct);
            }
        }

        return new PasswordResetSent(Sent.ToString());
    }

    private static string Message(string code) => string.Format(
        CultureInfo.InvariantCulture,
        "Mã đặt lại mật khẩu tài khoản công dân của Ông/Bà: {0} (dùng một lần, trong {1} phút). Không đưa mã này cho bất kỳ ai, kể cả cán bộ. Nếu Ông/Bà không yêu cầu, hãy bỏ qua tin này.",
        code, PasswordResetCode.Lifetime.TotalMinutes);
}
