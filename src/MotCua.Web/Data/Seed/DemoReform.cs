using MotCua.Domain.Calendar;
using MotCua.Web.Common;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Data.Seed;

/// <summary>
/// The demo province's reform of 1 July 2025 (issue 17), recorded as an office records one: the act in
/// <see cref="File"/> is planned and adopted through the product's own handlers once it has been decided, and so
/// applied, its facts dated from its effective day, once that day has come. Seeded before its decision, the demo is the
/// 2024 structure alone, as it was.
/// </summary>
public sealed class DemoReform(PlanReorganization plan, AdoptReorganization adopt, TimeProvider clock)
{
    public const string File = "reform-2025.json";

    public static ReorganizationRequest Load() => DemoData.ReadSeed<ReorganizationRequest>(File);

    /// <summary>The instant the act comes into force: midnight in Vietnam at the start of its effective day.</summary>
    public static DateTimeOffset EffectiveAt(ReorganizationRequest act)
    {
        ArgumentNullException.ThrowIfNull(act);
        return new(act.EffectiveOn!.Value.ToDateTime(TimeOnly.MinValue), WorkingCalendar.VietnamOffset);
    }

    /// <exception cref="InvalidOperationException">The seed's act is refused by the rules an office's act obeys.</exception>
    public async Task RecordAsync(ReorganizationRequest act, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(act);
        if (DossierPeriod.Today(clock) < act.DecidedOn)
        {
            return;
        }

        var planned = await plan.HandleAsync(act, ct);
        var adopted = planned.Failed ? planned : await adopt.HandleAsync(planned.Value.Id, ct);
        if (adopted.Failed)
        {
            throw new InvalidOperationException($"The demo's act {act.DecisionNumber} is refused: {adopted.Error.Describe("; ").En}");
        }
    }
}
