using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Text;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Writes checked historical dossiers: replays each one's events through the workflow and the
/// clock (supplements and pauses stop it), stores them with their events in one transaction, past EF Core's save pipeline (<see cref="BulkDossiers"/>), and
/// raises the code counters so that new intakes never reuse an imported code.
/// </summary>
public sealed class ImportedDossierWriter(MotCuaDbContext db, CalendarSource calendars, CalendarCache cache, TimeProvider clock)
{
    private const string Importer = "import";

    /// <summary>Writes the lines' dossiers, all or none: null when written, a 409 when another import wrote one of their codes meanwhile.</summary>
    public async Task<Error?> WriteAsync(IReadOnlyList<ImportLine> lines, CancellationToken ct)
    {
        var replayed = await ReplayAsync(lines, ct);
        await using var transaction = await db.Database.BeginWriteAsync(ct);
        try
        {
            await BulkDossiers.WriteAsync(db, cache, clock, replayed, ct);
            await RaiseCountersAsync(lines.Select(l => DossierCode.TryParse(l.Code, out var c) ? c : throw Unchecked(l.Code)), ct);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (UniqueViolations.Is(e))
        {
            // The transaction is rolled back as it is disposed; what the context tracks for it must not be saved later
            // in the request (the idempotency record is saved on the same context).
            db.ChangeTracker.Clear();
            return TakenMeanwhile;
        }

        await transaction.CommitAsync(ct);
        return null;
    }

    private static readonly Error TakenMeanwhile = Error.Conflict(new(
        "Một mã hồ sơ trong tệp vừa được nhập bởi một yêu cầu khác; không hồ sơ nào của tệp được nhập. Gửi lại tệp: các mã đã có sẽ được bỏ qua.",
        "A dossier code of the file was just imported by another request; nothing of the file was imported. Send the file again: codes already present are skipped."));

    /// <summary>The dossiers and histories that <paramref name="lines"/> stand for, as they are to be stored.</summary>
    internal async Task<List<(Dossier Dossier, IReadOnlyList<DossierEvent> Events)>> ReplayAsync(IReadOnlyList<ImportLine> lines, CancellationToken ct)
    {
        var procedures = await db.Procedures.AsNoTracking().ToDictionaryAsync(p => p.Code, ct);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        var calendar = await calendars.ForUnitAsync(null, ct);
        return [.. lines.Select(line => Replay(line, procedures[line.ProcedureCode!], units, calendar))];
    }

    private static (Dossier, IReadOnlyList<DossierEvent>) Replay(ImportLine line, Procedure procedure, Dictionary<string, Guid> units, WorkingCalendar calendar)
    {
        var unitId = units[line.UnitCode!];
        var a = line.Applicant!;
        var received = line.ReceivedAt!.Value;
        var dossier = new Dossier
        {
            Code = line.Code!,
            ProcedureId = procedure.Id,
            UnitId = unitId,
            CurrentUnitId = unitId,
            Channel = IntakeRules.ParseChannel(line.Channel)!.Value,
            Status = DossierStatus.InProgress,
            Applicant = new Applicant(a.FullName!.Trim(), a.IdNumber, a.Phone, a.Email, a.Address, a.Organization),
            Components = (line.Components ?? []).Select(c => new ReceivedComponent(c.Name!, c.Originals ?? 0, c.Copies ?? 0, IntakeRules.ParseOrigin(c.Origin)!.Value)).ToList(),
            SubmittedAt = received,
            Vneid = line.Vneid ?? false,
            FeeExempt = line.FeeExempt ?? false,
            ResultPushedToPersonalStore = line.ResultPushedToPersonalStore ?? false,
            SynchronizedAt = line.SynchronizedAt,
            Payments = (line.Payments ?? []).Select(p => new Payment(p.At!.Value, p.Amount!.Value, p.Online ?? false)).ToList(),
            ResultKind = line.ResultKind is { } kind ? Enum.Parse<ResultKind>(kind, ignoreCase: true) : null,
            // Without the previous system's record of its signature, an electronic result is kept as filed but not counted (4.1).
            ResultSignature = line.ResultSignature is { } s
                ? new ResultSignature { Signer = s.Signer!.Trim(), Organization = s.Organization?.Trim(), SerialNumber = s.SerialNumber!.Trim(), Issuer = s.Issuer!.Trim(), SignedAt = s.SignedAt!.Value }
                : null,
            Rating = line.Rating is { } r ? new Rating(r.At!.Value, Enum.Parse<SatisfactionLevel>(r.Level!, ignoreCase: true)) : null,
            SearchText = SearchText.Normalize($"{line.Code} {a.FullName} {a.IdNumber}"),
        };
        if (line.DueAt is { } due)
        {
            dossier.ReceivedAt = received;
            dossier.DueAt = due;
        }
        else
        {
            DossierTime.Receive(dossier, procedure, calendar, received);
        }

        var events = new List<DossierEvent> { DossierHistory.Opened(dossier, Importer) };
        foreach (var e in line.Events ?? [])
        {
            var action = DossierActions.TryParse(e.Type, out var parsed) ? parsed : throw Unchecked(e.Type);
            var at = e.At!.Value;
            var unit = e.UnitCode is { } code ? units[code] : unitId;
            if (action == DossierAction.Transfer)
            {
                dossier.CurrentUnitId = unit;
            }

            var step = dossier.CurrentStep;
            DossierTime.Follow(dossier, action, calendar, at);
            if (action == DossierAction.Apologize)
            {
                dossier.RescheduledTo = e.NewDueAt;
            }

            events.Add(DossierHistory.Record(dossier, action, events.Count + 1, at, Importer, unit, step, e.Note));
        }

        // The previous system already sent the portal what it synchronized; the rest goes with the next synchronization.
        if (dossier.SynchronizedAt is not null)
        {
            dossier.SyncedVersion = dossier.Version;
        }

        return (dossier, events);
    }

    /// <summary>Lines reach the writer only after <see cref="ImportLineRules"/>; anything else is a bug.</summary>
    private static InvalidOperationException Unchecked(string? value) => new($"Unchecked import value '{value}'.");

    private async Task RaiseCountersAsync(IEnumerable<DossierCode> codes, CancellationToken ct)
    {
        var highest = codes.GroupBy(c => $"{c.AgencyCode}|{c.Date.ToString("yyMMdd", CultureInfo.InvariantCulture)}").ToDictionary(g => g.Key, g => g.Max(c => c.Sequence));
        var keys = highest.Keys.ToList();
        var counters = await db.DossierCounters.Where(c => keys.Contains(c.Key)).ToDictionaryAsync(c => c.Key, ct);
        foreach (var (key, sequence) in highest)
        {
            if (counters.TryGetValue(key, out var counter))
            {
                counter.LastSequence = Math.Max(counter.LastSequence, sequence);
            }
            else
            {
                db.DossierCounters.Add(new DossierCounter { Key = key, LastSequence = sequence });
            }
        }
    }
}
