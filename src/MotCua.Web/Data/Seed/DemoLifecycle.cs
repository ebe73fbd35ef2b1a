using MotCua.Domain.Calendar;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Data.Seed;

/// <summary>
/// Plans one demo dossier submitted after <c>from</c> that ends, at <c>now</c>, in a chosen state: it is walked through
/// the real workflow on a scratch dossier (the clock, the step shares, waiting and lateness come from the same code as in
/// production), and its start is drawn again until the whole history lies in the window and an open dossier is late only
/// when meant to be.
/// </summary>
internal sealed class DemoLifecycle(Random random, DemoActors actors, IReadOnlyDictionary<string, Guid> unitIds, DateTimeOffset from, DateTimeOffset now)
{
    private static readonly ActionRequest NoInput = new(null, null, null, null, null);

    private readonly Random random = random;

    private readonly DemoActors actors = actors;

    private readonly IReadOnlyDictionary<string, Guid> unitIds = unitIds;

    private static readonly string[] SupplementReasons =
    [
        "Tờ khai chưa ghi đầy đủ thông tin theo mẫu",
        "Bản sao giấy tờ chưa được chứng thực, đề nghị nộp bản sao có chứng thực hoặc xuất trình bản chính",
        "Thiếu văn bản ủy quyền có chứng thực của người ủy quyền",
        "Ảnh chụp giấy tờ không rõ nét, đề nghị tải lên bản quét",
        "Thông tin trên tờ khai không khớp với Cơ sở dữ liệu quốc gia về dân cư",
    ];

    private static readonly string[] PauseReasons =
    [
        "Chờ kết quả xác minh của cơ quan có thẩm quyền theo quy định",
        "Chờ ý kiến của cơ quan phối hợp theo quy định",
        "Tạm dừng theo yêu cầu của cơ quan tiến hành tố tụng",
    ];

    private static readonly string[] RefusalReasons =
    [
        "Hồ sơ không đủ điều kiện giải quyết theo quy định",
        "Yêu cầu không thuộc thẩm quyền giải quyết của cơ quan",
        "Người nộp không bổ sung hồ sơ trong thời hạn đã hẹn",
    ];

    private static readonly string[] WithdrawalReasons =
    [
        "Người nộp đề nghị rút hồ sơ để nộp lại sau",
        "Người nộp không còn nhu cầu giải quyết",
        "Nộp nhầm thủ tục, rút hồ sơ để nộp đúng thủ tục",
    ];

    private static readonly string[] ApologyReasons =
    [
        "Cần xác minh thêm tại nơi cư trú của người nộp",
        "Chờ ý kiến phối hợp của cơ quan liên quan",
        "Số lượng hồ sơ tăng đột biến, cán bộ thụ lý đi công tác",
    ];

    private readonly DateTimeOffset windowStart = from;

    /// <summary>Where a refused or withdrawn dossier leaves the process.</summary>
    private enum Exit
    {
        None,
        AtIntake,
        WhileWaiting,
        InProcessing,
        WhilePaused,
    }

    /// <exception cref="InvalidOperationException">A planned action the workflow refuses: a bug in this planner.</exception>
    public DemoPlan Plan(DemoDesk desk, DossierStatus target)
    {
        var channel = Channel(desk.Procedure, target);
        var applicant = DemoApplicants.Next(random, Pick(desk.Localities));
        var components = desk.Procedure.Components.Where(c => c.Required || random.Next(10) < 4)
            .Select(c => new ReceivedComponent(c.Name, c.Originals, c.Copies, Origin(channel))).ToList();
        var choices = Choose(target, channel);
        var openedBy = channel == IntakeChannel.Online ? DemoActors.System : actors.For([Role.Receptionist], desk.Unit.Id);
        for (int attempt = 0; ; attempt++)
        {
            var run = new Run(this, desk, target, choices, Start(desk, target, channel, attempt), channel, applicant, components);
            run.Go();
            if (run.Fits(now, strict: attempt < 40))
            {
                return new DemoPlan(desk, channel, applicant, components, run.SubmittedAt, openedBy, run.Actions);
            }
        }
    }

    private Choices Choose(DossierStatus target, IntakeChannel channel)
    {
        bool online = channel == IntakeChannel.Online;
        var exit = target switch
        {
            DossierStatus.Refused => Draw((online ? 35 : 0, Exit.AtIntake), (online ? 15 : 25, Exit.WhileWaiting), (50, Exit.InProcessing)),
            DossierStatus.Withdrawn => Draw((online ? 25 : 0, Exit.AtIntake), (20, Exit.WhileWaiting), (40, Exit.InProcessing), (15, Exit.WhilePaused)),
            _ => Exit.None,
        };

        // The supplement the dossier stops at (or leaves from) is asked at intake for an online dossier half of the
        // time: the desk checks online dossiers before receiving them. A counter dossier that is incomplete is not
        // received at all, so its supplement can only be asked during processing.
        bool stopsAtSupplement = target == DossierStatus.WaitingSupplement || exit == Exit.WhileWaiting;
        bool stopAtIntake = stopsAtSupplement && online && random.Next(2) == 0;
        bool late = target is DossierStatus.Returned or DossierStatus.ResultIssued or DossierStatus.Approved or DossierStatus.InProgress && random.Next(100) < 15;
        bool apology = late && random.Next(100) < 55;
        return new Choices(
            exit,
            SupplementAtIntake: online && (stopAtIntake || random.Next(100) < 6),
            SupplementInProcessing: (stopsAtSupplement && !stopAtIntake) || random.Next(100) < 7,
            StopAtIntakeSupplement: stopAtIntake,
            Pause: target == DossierStatus.Paused || exit == Exit.WhilePaused || random.Next(100) < 3,
            Late: late,
            Apology: apology,
            ApologyAfterDeadline: apology && random.Next(100) < 30);
    }

    /// <summary>
    /// Counter and online take most dossiers, the post a few; only channels the procedure accepts. Online is weighted
    /// above the counter so that, with the procedures that accept only the counter, about 45 % come in online.
    /// </summary>
    private IntakeChannel Channel(Procedure procedure, DossierStatus target)
    {
        if (target == DossierStatus.Submitted)
        {
            return IntakeChannel.Online;
        }

        return Draw(
            (procedure.Channels.HasFlag(Channels.Counter) ? 30 : 0, IntakeChannel.Counter),
            (procedure.Channels.HasFlag(Channels.Online) ? 60 : 0, IntakeChannel.Online),
            (procedure.Channels.HasFlag(Channels.Postal) ? 10 : 0, IntakeChannel.Postal));
    }

    private ComponentOrigin Origin(IntakeChannel channel) => channel == IntakeChannel.Online
        ? Draw((75, ComponentOrigin.Upload), (25, ComponentOrigin.Reuse))
        : Draw((45, ComponentOrigin.Paper), (40, ComponentOrigin.Scan), (15, ComponentOrigin.Reuse));

    /// <summary>
    /// When the dossier comes in. A closed dossier anywhere in the window (later attempts further back, so its
    /// whole history fits before now); an open one within about its time limit before now; one waiting in the intake
    /// queue within the last three days. Online dossiers come at any hour, counter and postal ones in working time.
    /// </summary>
    private DateTimeOffset Start(DemoDesk desk, DossierStatus target, IntakeChannel channel, int attempt)
    {
        double windowDays = (now - windowStart).TotalDays;
        double limitDays = (double)desk.Procedure.TimeLimit.Hours((decimal)desk.Calendar.Hours.PerDay.TotalHours) / desk.Calendar.Hours.PerDay.TotalHours;
        double ageDays = target switch
        {
            DossierStatus.Submitted => random.NextDouble() * 3,
            DossierStatus.Returned or DossierStatus.Refused or DossierStatus.Withdrawn =>
                Math.Min(attempt * 7, windowDays / 2) + (random.NextDouble() * (windowDays - Math.Min(attempt * 7, windowDays / 2))),
            _ => Math.Min(windowDays, random.NextDouble() * ((limitDays * 1.4) + 3) * (1 + (attempt / 10.0))),
        };
        var at = now.AddDays(-ageDays);
        at = new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        if (channel == IntakeChannel.Online)
        {
            return at;
        }

        var day = DateOnly.FromDateTime(at.ToOffset(WorkingCalendar.VietnamOffset).DateTime);
        var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), WorkingCalendar.VietnamOffset);
        return desk.Calendar.AddWorkingTime(midnight, TimeSpan.FromMinutes(random.Next(1, (int)desk.Calendar.Hours.PerDay.TotalMinutes)));
    }

    private T Draw<T>(params (int Weight, T Value)[] options)
    {
        int pick = random.Next(options.Sum(o => o.Weight));
        foreach (var (weight, value) in options)
        {
            if (pick < weight)
            {
                return value;
            }

            pick -= weight;
        }

        throw new InvalidOperationException("No option has a weight.");
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A share of a step's allotted hours: mostly well within it, one step in ten overruns by up to 60 %.</summary>
    private double Share() => random.Next(10) == 0 ? 1 + (random.NextDouble() * 0.6) : 0.25 + (random.NextDouble() * 0.7);

    private double Between(double min, double max) => min + (random.NextDouble() * (max - min));

    private sealed record Choices(Exit Exit, bool SupplementAtIntake, bool SupplementInProcessing, bool StopAtIntakeSupplement, bool Pause, bool Late, bool Apology, bool ApologyAfterDeadline);

    /// <summary>One attempt: a scratch dossier walked from its submission through the actions that lead to the target state.</summary>
    private sealed class Run
    {
        private readonly DemoLifecycle plan;
        private readonly DemoDesk desk;
        private readonly DossierStatus target;
        private readonly Choices choices;
        private readonly Dossier dossier;
        private readonly WorkingCalendar calendar;
        private DateTimeOffset cursor;

        public Run(DemoLifecycle plan, DemoDesk desk, DossierStatus target, Choices choices, DateTimeOffset submittedAt, IntakeChannel channel, Applicant applicant, List<ReceivedComponent> components)
        {
            this.plan = plan;
            this.desk = desk;
            this.target = target;
            this.choices = choices;
            calendar = desk.Calendar;
            SubmittedAt = submittedAt;
            cursor = submittedAt;

            // The code's sequence is given once all dossiers are planned; any valid code does for the walk.
            var placeholder = new DossierCode(desk.AgencyCode, DateOnly.FromDateTime(submittedAt.ToOffset(WorkingCalendar.VietnamOffset).DateTime), 1);
            dossier = ReceiveDossier.Open(placeholder, desk.Procedure, desk.Unit.Id, channel, applicant, [.. components], calendar, submittedAt);
        }

        public DateTimeOffset SubmittedAt { get; }

        public List<DemoAction> Actions { get; } = [];

        private Random Random => plan.random;

        /// <summary>
        /// Whether the attempt can be kept: everything happened by <paramref name="now"/>, and (while
        /// <paramref name="strict"/>) a dossier whose clock still runs is past due exactly when it was planned late.
        /// </summary>
        public bool Fits(DateTimeOffset now, bool strict)
        {
            if (cursor > now || SubmittedAt < plan.windowStart)
            {
                return false;
            }

            return !strict || !DossierWorkflow.ClockRuns(dossier.Status) || (dossier.DueAt < now) == choices.Late;
        }

        public void Go()
        {
            if (dossier.Status == DossierStatus.Submitted && !Intake())
            {
                return;
            }

            Process();
        }

        /// <summary>The desk checks an online dossier in working time; false when the dossier stops there.</summary>
        private bool Intake()
        {
            if (target == DossierStatus.Submitted)
            {
                return false;
            }

            var checkedAt = After(cursor, plan.Between(0.3, 6));
            if (choices.Exit == Exit.AtIntake)
            {
                Leave(checkedAt);
                return false;
            }

            if (!choices.SupplementAtIntake)
            {
                Do(DossierAction.Receive, checkedAt);
                return true;
            }

            Do(DossierAction.RequestSupplement, checkedAt, Reason(SupplementReasons));
            return !Waits(choices.StopAtIntakeSupplement);
        }

        /// <summary>After a supplement request: true when the dossier stops waiting or leaves; otherwise the applicant brings it.</summary>
        private bool Waits(bool stopsHere)
        {
            if (stopsHere && target == DossierStatus.WaitingSupplement)
            {
                return true;
            }

            if (stopsHere)
            {
                Leave(DaysLater(5, 30));
                return true;
            }

            Do(DossierAction.ReceiveSupplement, DaysLater(1, 12), new ActionRequest("Đã nhận đủ thành phần bổ sung", null, null, null, null));
            return false;
        }

        /// <summary>
        /// The internal steps up to the leader's approval (each taking a share of its allotted hours), then the result
        /// issued and returned. Waiting, pauses, lateness and the apology happen in the longest specialist step.
        /// </summary>
        private void Process()
        {
            var steps = desk.Procedure.Steps;
            int approval = Math.Max(1, steps.FindLastIndex(steps.Count - 2, s => s.Role == Role.Leader));
            int main = Enumerable.Range(1, Math.Max(approval - 1, 1)).MaxBy(i => steps[i].Role == Role.Specialist ? steps[i].Hours : -1);
            int cut = Random.Next(approval + 1);
            for (int i = 0; i < approval; i++)
            {
                if (target == DossierStatus.InProgress && i == cut)
                {
                    return;
                }

                if (i == 1 && plan.actors.Officer(Role.Specialist, dossier.UnitId) is { } specialist)
                {
                    Do(DossierAction.Assign, After(cursor, plan.Between(0.05, 0.5)), new ActionRequest(null, null, specialist, null, null));
                }

                double hours = (double)steps[i].Hours * plan.Share();
                if (i == main && !MainStep(hours))
                {
                    return;
                }

                if (i != main)
                {
                    Do(DossierAction.CompleteStep, After(cursor, hours));
                }
            }

            if (target == DossierStatus.InProgress)
            {
                return;
            }

            Do(DossierAction.Approve, After(cursor, (double)steps[approval].Hours * plan.Share()));
            if (target == DossierStatus.Approved)
            {
                return;
            }

            double issuing = (double)steps.Skip(approval + 1).SkipLast(1).Sum(s => s.Hours);
            Do(DossierAction.IssueResult, After(cursor, issuing * plan.Share()));
            if (target == DossierStatus.ResultIssued)
            {
                return;
            }

            // The applicant collects the result: the desk's last step, plus however long he takes to come.
            Do(DossierAction.ReturnResult, After(cursor, ((double)steps[^1].Hours * plan.Share()) + plan.Between(0, 16)));
        }

        /// <summary>The longest specialist step; false when the dossier stops or leaves during it.</summary>
        private bool MainStep(double hours)
        {
            if (choices.SupplementInProcessing)
            {
                Do(DossierAction.RequestSupplement, After(cursor, hours * plan.Between(0.1, 0.4)), Reason(SupplementReasons));
                if (Waits(stopsHere: target == DossierStatus.WaitingSupplement || choices.Exit == Exit.WhileWaiting))
                {
                    return false;
                }
            }

            if (choices.Pause)
            {
                Do(DossierAction.Pause, After(cursor, hours * plan.Between(0.1, 0.4)), Reason(PauseReasons));
                if (target == DossierStatus.Paused)
                {
                    return false;
                }

                if (choices.Exit == Exit.WhilePaused)
                {
                    Leave(DaysLater(3, 20));
                    return false;
                }

                Do(DossierAction.Resume, DaysLater(3, 20), new ActionRequest("Đã có kết quả xác minh, tiếp tục giải quyết", null, null, null, null));
            }

            if (choices.Exit == Exit.InProcessing)
            {
                Leave(After(cursor, hours * plan.Between(0.2, 0.8)));
                return false;
            }

            var done = After(cursor, hours);
            var due = dossier.DueAt!.Value;
            if (choices.Late && done <= due)
            {
                done = After(due, plan.Between(2, 24));
            }

            if (choices.Apology)
            {
                Apologize(due);
                if (done <= cursor)
                {
                    done = After(cursor, plan.Between(1, 8));
                }
            }

            Do(DossierAction.CompleteStep, done);
            return true;
        }

        /// <summary>
        /// The apology (Mẫu 04) with a new appointment one to five working days after the due instant: most within the
        /// deadline of one working day before it, some after (the note then says so).
        /// </summary>
        private void Apologize(DateTimeOffset due)
        {
            var latest = ApologyRule.LatestApologyAt(calendar, due);
            var at = choices.ApologyAfterDeadline || latest <= cursor
                ? After(latest > cursor ? latest : cursor, plan.Between(1, 6))
                : After(cursor, calendar.WorkingTimeBetween(cursor, latest).TotalHours * Random.NextDouble());
            var newDue = calendar.AddWorkingTime(due, calendar.Hours.PerDay * Random.Next(1, 6));
            Do(DossierAction.Apologize, at, new ActionRequest(null, plan.Pick(ApologyReasons), null, null, newDue));
        }

        /// <summary>Refused or withdrawn, as the target says.</summary>
        private void Leave(DateTimeOffset at) => Do(
            target == DossierStatus.Refused ? DossierAction.Refuse : DossierAction.Withdraw,
            at,
            Reason(target == DossierStatus.Refused ? RefusalReasons : WithdrawalReasons));

        private void Do(DossierAction action, DateTimeOffset at, ActionRequest? request = null)
        {
            if (at < cursor)
            {
                throw new InvalidOperationException($"Demo dossier of {desk.Procedure.Code}: {DossierActions.Name(action)} at {at:O} before the previous event at {cursor:O}.");
            }

            IEnumerable<Role> roles = action == DossierAction.CompleteStep
                ? [desk.Procedure.Steps[dossier.CurrentStep].Role]
                : ActionRoles.For(action, dossier.Status);
            var planned = new DemoAction(action, at, plan.actors.For(roles, ApplyAction.ActingUnit(dossier, desk.Procedure, action)), request ?? NoInput);
            DemoPlan.Perform(dossier, desk, planned, Actions.Count + 2, plan.unitIds);
            Actions.Add(planned);
            cursor = at;
        }

        private ActionRequest Reason(string[] reasons) => new(null, plan.Pick(reasons), null, null, null);

        /// <summary>Working time after <paramref name="from"/>, in whole minutes and at least five: events never share an instant.</summary>
        private DateTimeOffset After(DateTimeOffset from, double hours) =>
            calendar.AddWorkingTime(from, TimeSpan.FromMinutes(Math.Max(5, Math.Round(hours * 60))));

        /// <summary>The applicant comes back some calendar days later, in working time.</summary>
        private DateTimeOffset DaysLater(int min, int max) => After(cursor.AddDays(Random.Next(min, max + 1)), plan.Between(0.1, 6));
    }
}
