using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Portal;

public sealed record RatingRequest(string? Proof, string? Level, IReadOnlyList<string>? Reasons, string? Comment);

public sealed record RatingInfo(string Code, SatisfactionLevel Level, IReadOnlyList<RatingReason> Reasons, DateTimeOffset At);

/// <summary>
/// POST /api/v1/public/dossiers/{code}/rating: the applicant rates the service once the result is issued (DOMAIN.md
/// §6), proving who he is with the ID number or phone he declared; a second rating is refused (409).
/// </summary>
public sealed class RateDossier(MotCuaDbContext db, TimeProvider clock)
{
    public async Task<Outcome<RatingInfo>> HandleAsync(string code, RatingRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, Text[]>();
        if (!Enum.TryParse<SatisfactionLevel>(request.Level, ignoreCase: true, out var level) || !Enum.IsDefined(level))
        {
            errors["level"] = [new("Chọn mức độ hài lòng: verySatisfied, satisfied hoặc unsatisfied.", "Choose a level: verySatisfied, satisfied or unsatisfied.")];
        }

        var reasons = new List<RatingReason>();
        foreach (var (name, i) in (request.Reasons ?? []).Select((r, i) => (r, i)))
        {
            if (Enum.TryParse<RatingReason>(name, ignoreCase: true, out var reason) && Enum.IsDefined(reason) && !reasons.Contains(reason))
            {
                reasons.Add(reason);
            }
            else
            {
                errors[$"reasons[{i}]"] = [new("Lý do không có trong danh sách hoặc bị lặp.", "Unknown or repeated reason.")];
            }
        }

        if (request.Comment?.Length > Rating.MaxComment)
        {
            errors["comment"] = [new($"Ý kiến tối đa {Rating.MaxComment} ký tự.", $"The comment is at most {Rating.MaxComment} characters.")];
        }

        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        var dossier = await db.Dossiers.FirstOrDefaultAsync(d => d.Code == code, ct);
        if (dossier is null)
        {
            return Error.NotFound(new("hồ sơ", "Dossier"), code);
        }

        if (!Rating.IsApplicant(dossier.Applicant, request.Proof))
        {
            return Error.Forbidden(new("Số định danh hoặc số điện thoại không khớp với người nộp hồ sơ.", "The ID number or phone does not match the applicant's."));
        }

        if (!Rating.CanRate(dossier.Status, dossier.Rating))
        {
            return Error.Conflict(new("Hồ sơ chưa có kết quả hoặc đã được đánh giá.", "The dossier has no result yet or has been rated already."));
        }

        dossier.Rating = new Rating(clock.GetUtcNow(), level) { Reasons = reasons, Comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim() };
        dossier.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict(new("Hồ sơ vừa được cập nhật; vui lòng thử lại.", "The dossier just changed; try again."));
        }

        return new RatingInfo(code, level, reasons, dossier.Rating.At.ToOffset(Domain.Calendar.WorkingCalendar.VietnamOffset));
    }
}
