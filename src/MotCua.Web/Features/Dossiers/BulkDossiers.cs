using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Common.Integrity;
using MotCua.Web.Data;
using MotCua.Web.Features.Dashboard;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Writes many new dossiers with their histories (the historical import) in the caller's transaction without EF Core's
/// change tracker (<see cref="BulkInsert"/>: binary COPY on PostgreSQL), doing itself what the save interceptors do for a
/// save of the same rows: each history chained (<see cref="RecordChaining.Start"/>) with its head stored, each dossier's
/// tally row stored and its counts added to the daily aggregates (<see cref="DailyTallies.OfNewAsync"/>). What it writes
/// is what <see cref="DossierBatches"/> writes through the save pipeline (issue 19: a file of 1,000 imported dossiers
/// spent most of its 600 ms in that pipeline and its garbage).
/// </summary>
public static class BulkDossiers
{
    public static async Task WriteAsync(MotCuaDbContext db, CalendarCache calendars, TimeProvider clock, IReadOnlyList<(Dossier Dossier, IReadOnlyList<DossierEvent> Events)> written, CancellationToken ct)
    {
        var eventType = db.Model.FindEntityType(typeof(DossierEvent))!;
        var now = clock.GetUtcNow();
        var hashes = new Dictionary<object, string>(ReferenceEqualityComparer.Instance);
        var heads = written.Select(w => RecordChaining.Start(eventType, ChainedLog.DossierEvents, w.Events, now, hashes)).ToList();
        var dossiers = written.Select(w => w.Dossier).ToList();
        var events = written.SelectMany(w => w.Events).ToList();
        var (tallies, changes) = await DailyTallies.OfNewAsync(db, calendars, dossiers, events, ct);
        await BulkInsert.WriteAsync(db, dossiers, ct);
        await BulkInsert.WriteAsync(db, events, ct, (e, name) => name == ChainedLog.HashProperty ? hashes[e] : throw new InvalidOperationException($"A dossier event's {name} has no value to write."));
        await BulkInsert.WriteAsync(db, tallies, ct);
        await BulkInsert.WriteAsync(db, heads, ct);
        await DailyTallies.AddOrDeferAsync(db, changes, ct);
    }
}
