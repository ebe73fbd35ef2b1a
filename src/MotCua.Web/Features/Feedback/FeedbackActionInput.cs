using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Feedback;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Feedback;

/// <summary>An action's checked input: the note the event keeps, and the unit an assignment routes to.</summary>
public sealed record FeedbackActionInput(string? Note, Guid? ToUnitId)
{
    private const int NoteLength = 2000;
    private const int AnswerLength = 8000;

    public static async Task<Outcome<FeedbackActionInput>> CheckAsync(MotCuaDbContext db, FeedbackAction action, FeedbackActionRequest request, CancellationToken ct)
    {
        switch (action)
        {
            case FeedbackAction.Assign:
                var unitId = string.IsNullOrWhiteSpace(request.ToUnitCode) ? null
                    : await db.Units.Where(u => u.Code == request.ToUnitCode.Trim() && u.IsActive).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
                return unitId is null
                    ? Error.Validation("toUnitCode", new($"Không có đơn vị đang hoạt động với mã \"{request.ToUnitCode}\".", $"No active unit has code \"{request.ToUnitCode}\"."))
                    : new FeedbackActionInput(Optional(request.Note, NoteLength), unitId);
            case FeedbackAction.RequestInformation or FeedbackAction.Refuse:
                return Required(request.Reason, NoteLength) is { } reason
                    ? new FeedbackActionInput(reason, null)
                    : Error.Validation("reason", new Text("Chưa nhập lý do (tối đa {0} ký tự).", "The reason is required (at most {0} characters).").Format(NoteLength));
            case FeedbackAction.Answer:
                return Required(request.Answer, AnswerLength) is { } answer
                    ? new FeedbackActionInput(answer, null)
                    : Error.Validation("answer", new Text("Chưa nhập nội dung trả lời (tối đa {0} ký tự).", "The answer is required (at most {0} characters).").Format(AnswerLength));
            default:
                return request.Note is { Length: > NoteLength }
                    ? Error.Validation("note", new Text("Ghi chú dài tối đa {0} ký tự.", "The note is at most {0} characters.").Format(NoteLength))
                    : new FeedbackActionInput(ContactRules.Blank(request.Note), null);
        }
    }

    private static string? Required(string? text, int length) => text?.Trim() is { Length: > 0 } t && t.Length <= length ? t : null;

    private static string? Optional(string? text, int length) => text?.Trim() is { Length: > 0 } t ? t[..Math.Min(t.Length, length)] : null;
}
