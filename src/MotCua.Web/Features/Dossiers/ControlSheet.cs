using MotCua.Domain.Calendar;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05, Circular 01/2018): each internal step's due
/// instant from its allotted share, counted from receipt, and when it was actually handed on.
/// </summary>
public static class ControlSheet
{
    public static IReadOnlyList<StepInfo> Steps(Dossier dossier, Procedure procedure, IReadOnlyList<DossierEvent> events, WorkingCalendar calendar, IReadOnlyDictionary<Guid, string> unitCodes)
    {
        var dues = dossier.ReceivedAt is { } received
            ? StepPlan.DueTimes(calendar, received, procedure.Steps.Select(s => s.Hours).ToList(), DossierStops.From(events, received))
            : [];
        var completions = Completions(procedure, events);
        return procedure.Steps.Select((step, i) =>
        {
            DateTimeOffset? due = i < dues.Count ? dues[i].ToOffset(WorkingCalendar.VietnamOffset) : null;
            DateTimeOffset? done = completions.TryGetValue(i, out var completion) ? completion.At.ToOffset(WorkingCalendar.VietnamOffset) : null;
            return new StepInfo(
                i, step.Name, step.Role.ToString().ToLowerInvariant(), step.UnitCode ?? unitCodes[dossier.UnitId], step.Hours,
                due, done, done is { } d && due is { } u ? TimelinessRule.Of(d, u) : null);
        }).ToList();
    }

    /// <summary>The event that closed each step (the last one, should a step be closed twice), by step index; see <see cref="StepClosing"/>.</summary>
    public static IReadOnlyDictionary<int, DossierEvent> Completions(Procedure procedure, IEnumerable<DossierEvent> events) =>
        events.Select(e => (Event: e, Closed: e.Step is { } at && DossierActions.TryParse(e.Type, out var action) ? StepClosing.Closes(procedure.Steps, action, at) : null))
            .Where(c => c.Closed is not null)
            .GroupBy(c => c.Closed!.Value).ToDictionary(g => g.Key, g => g.Last().Event);

    /// <summary>The types of the events that may close a step, for queries that load only those.</summary>
    public static readonly string[] ClosingTypes =
        [DossierActions.Name(DossierAction.CompleteStep), DossierActions.Name(DossierAction.Approve), DossierActions.Name(DossierAction.ReturnResult)];
}
