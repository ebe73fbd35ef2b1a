using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Feedback;
using MotCua.Domain.Text;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Features.Feedback;

namespace MotCua.Web.Data.Seed;

/// <summary>
/// The demo feedback: <see cref="Count"/> items over the five months before now, across wards, districts, divisions
/// and departments, in every state, one in five answered or still owed past its due date. From a fixed seed, through
/// the product's own rules (due date, workflow, effects on the clock), the actors the demo officers of each unit.
/// </summary>
public sealed class DemoFeedback(MotCuaDbContext db, CalendarSource calendars, TimeProvider clock)
{
    private const int Seed = 766;
    private const int Count = 42;

    private static readonly string[] UnitCodes = ["PL-LONGTHUY", "PL-THACMO", "PL", "PL-TP", "PL-VPDKDD", "BGM", "BGM-PHUNGHIA", "SO-TP", "SO-TNMT"];

    private static readonly (FeedbackKind Kind, string Title, string Content)[] Topics =
    [
        (FeedbackKind.Regulation, "Thành phần hồ sơ đăng ký khai sinh còn yêu cầu bản sao giấy tờ", "Đề nghị bỏ yêu cầu nộp bản sao giấy chứng nhận kết hôn vì đã có trong cơ sở dữ liệu hộ tịch điện tử."),
        (FeedbackKind.Regulation, "Thời hạn cấp giấy chứng nhận quyền sử dụng đất quá dài", "Kiến nghị rút ngắn thời hạn giải quyết thủ tục đăng ký biến động đất đai xuống 7 ngày làm việc."),
        (FeedbackKind.Regulation, "Lệ phí chứng thực bản sao chưa niêm yết rõ", "Tại Bộ phận Một cửa chưa niêm yết mức lệ phí chứng thực bản sao điện tử từ bản chính."),
        (FeedbackKind.Regulation, "Biểu mẫu tờ khai chưa cập nhật theo quy định mới", "Mẫu tờ khai trên cổng dịch vụ công vẫn là mẫu cũ, đề nghị cập nhật."),
        (FeedbackKind.Handling, "Hồ sơ trả kết quả trễ hẹn không được thông báo", "Hồ sơ của tôi quá hạn nhưng không nhận được phiếu xin lỗi và hẹn lại ngày trả kết quả."),
        (FeedbackKind.Handling, "Cán bộ tiếp nhận yêu cầu nộp thêm giấy tờ ngoài quy định", "Cán bộ yêu cầu nộp thêm giấy xác nhận cư trú dù thủ tục không quy định thành phần này."),
        (FeedbackKind.Handling, "Yêu cầu bổ sung hồ sơ nhiều lần", "Hồ sơ bị yêu cầu bổ sung hai lần, mỗi lần một nội dung khác nhau."),
        (FeedbackKind.Handling, "Thái độ phục vụ tại Bộ phận Một cửa", "Đề nghị cán bộ hướng dẫn tận tình hơn đối với người cao tuổi."),
    ];

    private static readonly string[] Senders = ["Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Văn Tâm", "Phạm Thị Hoa", "Hoàng Minh Đức"];

    /// <summary>The state each item ends in and the actions that lead there from receipt (assignment comes first when routed).</summary>
    private static readonly (FeedbackStatus Target, FeedbackAction[] Path)[] Plans =
    [
        (FeedbackStatus.Received, []),
        (FeedbackStatus.Assigned, []),
        (FeedbackStatus.WaitingInformation, [FeedbackAction.RequestInformation]),
        (FeedbackStatus.Answered, [FeedbackAction.Answer]),
        (FeedbackStatus.Published, [FeedbackAction.Answer, FeedbackAction.Publish]),
        (FeedbackStatus.Closed, [FeedbackAction.Answer, FeedbackAction.Publish, FeedbackAction.Close]),
        (FeedbackStatus.Refused, [FeedbackAction.Refuse]),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var root = units.Values.Where(u => u.ParentId is null).OrderBy(u => u.Code).First().Id;
        var targets = UnitCodes.Select(code => units.Values.FirstOrDefault(u => u.Code == code && u.IsActive)?.Id).OfType<Guid>().ToList();
        var officers = await db.Officers.AsNoTracking().Include(o => o.Roles).Where(o => o.IsActive).OrderBy(o => o.UserName).ToListAsync(ct);
        var actors = new DemoActors(DossierPermissions.Tree(units.Values), officers);
        var calendar = await calendars.ForUnitAsync(null, ct);
        var now = clock.GetUtcNow();
        var random = new Random(Seed);
        var drafts = Enumerable.Range(0, Count).Select(i => (
                Plan: Plans[i % Plans.Length],
                Unit: targets[random.Next(targets.Count)],
                Topic: Topics[random.Next(Topics.Length)],
                Routed: i % Plans.Length == 1 || (i % Plans.Length != 0 && random.Next(2) == 0),
                Late: i % 5 == 0,
                ReceivedAt: calendar.AddWorkingDays(now.AddDays(-random.Next(i % Plans.Length < 3 ? 3 : 25, 150)), 0.1m * random.Next(10)),
                Sender: random.Next(3) == 0 ? null : Senders[random.Next(Senders.Length)]))
            .Where(d => d.ReceivedAt < now)
            .OrderBy(d => d.ReceivedAt)
            .ToList();
        await using var transaction = await db.Database.BeginWriteAsync(ct);
        foreach (var d in drafts)
        {
            var day = DateOnly.FromDateTime(d.ReceivedAt.ToOffset(WorkingCalendar.VietnamOffset).DateTime);
            var code = (await db.NextFeedbackCodeAsync(day, ct)).ToString();
            var item = new FeedbackItem
            {
                Code = code, Kind = d.Topic.Kind, Title = d.Topic.Title, Content = d.Topic.Content, UnitId = d.Routed ? root : d.Unit,
                Sender = new FeedbackSender(d.Sender, d.Sender is null ? null : $"09{random.Next(10_000_000, 99_999_999)}", null),
                Status = FeedbackStatus.Received, ReceivedAt = d.ReceivedAt, DueAt = FeedbackDue.Of(calendar, d.ReceivedAt),
                SearchText = SearchText.Normalize($"{code} {d.Topic.Title} {d.Topic.Content}"),
            };
            db.Feedback.Add(item);
            var events = new List<FeedbackEvent> { FeedbackHistory.Event(item, "receive", 1, null, SubmitFeedback.Citizen, d.ReceivedAt, null) };
            var at = d.ReceivedAt;
            var path = d.Routed ? d.Plan.Path.Prepend(FeedbackAction.Assign) : d.Plan.Path;
            foreach (var action in path)
            {
                // A late one waits past its due date for the answer; the others take one to four working days a step.
                at = calendar.AddWorkingDays(at, action == FeedbackAction.Answer && d.Late ? FeedbackDue.AnswerWorkingDays + 2 : random.Next(1, 5));
                if (at >= now)
                {
                    break;
                }

                var from = item.Status;
                var note = action switch
                {
                    FeedbackAction.Answer => $"Trả lời: {item.Title.ToLowerInvariant()} đã được xem xét; đơn vị sẽ hướng dẫn và khắc phục theo quy định.",
                    FeedbackAction.RequestInformation => "Đề nghị cho biết mã hồ sơ và thời gian nộp.",
                    FeedbackAction.Refuse => "Nội dung là khiếu nại, đề nghị gửi theo Luật Khiếu nại.",
                    _ => null,
                };
                FeedbackEffects.Apply(item, action, new FeedbackActionInput(note, d.Unit), calendar, at);
                events.Add(FeedbackHistory.Event(item, FeedbackActions.Name(action), events.Count + 1, from, actors.For(FeedbackPermissions.RolesFor(action), item.UnitId), at, note));
            }

            (item.SatisfiedVotes, item.UnsatisfiedVotes) = item.PublishedAt is null ? (0, 0) : (random.Next(6), random.Next(3));
            db.FeedbackEvents.AddRange(events);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
