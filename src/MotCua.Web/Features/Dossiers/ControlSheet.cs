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
        var completions = Completions(events);
        return procedure.Steps.Select((step, i) =>
        {
            DateTimeOffset? due = i < dues.Count ? dues[i].ToOffset(WorkingCalendar.VietnamOffset) : null;
            DateTimeOffset? done = completions.TryGetValue(i, out var completion) ? completion.At.ToOffset(WorkingCalendar.VietnamOffset) : null;
            return new StepInfo(
                i, step.Name, step.Role.ToString().ToLowerInvariant(), step.UnitCode ?? unitCodes[dossier.UnitId], step.Hours,
                due, done, done is { } d && due is { } u ? TimelinessRule.Of(d, u) : null);
        }).ToList();
    }

    /// <summary>The event that completed each step (the last one, should a step be completed twice), by step index.</summary>
    public static IReadOnlyDictionary<int, DossierEvent> Completions(IEnumerable<DossierEvent> events) =>
        events.Where(e => e.Type == DossierActions.Name(DossierAction.CompleteStep) && e.Step is not null)
            .GroupBy(e => e.Step!.Value).ToDictionary(g => g.Key, g => g.Last());
}
