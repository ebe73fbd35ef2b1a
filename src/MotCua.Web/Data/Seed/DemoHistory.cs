namespace MotCua.Web.Data.Seed;

/// <summary>
/// The demo's history in the order it happened (issue 17): the dossiers under the 2024 structure from
/// <c>Demo:HistoryFrom</c> (default: 12 months before now) until the reform of 1 July 2025, the seeds' 2024 plans,
/// the reform act applied on its day, then the dossiers under the two-level structure until now. Seeded before the
/// reform's day (as the tests' clock is), it is the first part alone. <c>Demo:Dossiers</c> are shared between the parts
/// by their length.
/// </summary>
public sealed class DemoHistory(DemoDossiers dossiers, DemoPlans plans, DemoReform reform, TimeProvider clock, IConfiguration configuration)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var from = configuration.GetValue<DateOnly?>("Demo:HistoryFrom") is { } day
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Domain.Calendar.WorkingCalendar.VietnamOffset)
            : now.AddMonths(-12);
        var act = DemoReform.Load();
        var reformAt = DemoReform.EffectiveAt(act);
        var count = configuration.GetValue("Demo:Dossiers", 0);
        var before = new DemoEra(from, now < reformAt ? now : reformAt, now <= reformAt, 0);
        var after = new DemoEra(from > reformAt ? from : reformAt, now, true, 1);
        var total = before.Days + after.Days;
        var first = total > 0 ? (int)Math.Round(count * before.Days / total) : 0;
        if (first > 0)
        {
            await dossiers.SeedAsync(before, first, ct);
        }

        await plans.SeedAsync(ct);
        await reform.RecordAsync(act, ct);
        if (count - first > 0 && after.Days > 0)
        {
            await dossiers.SeedAsync(after, count - first, ct);
        }
    }
}

/// <summary>
/// One stretch of the demo's history, seeded on the tree of its time: one that ends now has dossiers in every state, one
/// that ends at the reform has only a few still open, which pass to the successors.
/// </summary>
/// <param name="Part">Which stretch it is, for its own fixed random seed.</param>
public sealed record DemoEra(DateTimeOffset From, DateTimeOffset To, bool EndsNow, int Part)
{
    public double Days => Math.Max(0, (To - From).TotalDays);
}
