using MotCua.Domain.Calendar;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Features.Dossiers;

/// <summary>Applies the domain clock to a stored dossier: receipt starts it, waiting stops it, resuming restarts it.</summary>
public static class DossierTime
{
    public static void Receive(Dossier dossier, Procedure procedure, WorkingCalendar calendar, DateTimeOffset at)
    {
        var clock = procedure.SameDayCutoff is { } cutoff
            ? DossierClock.StartSameDay(calendar, at, cutoff)
            : DossierClock.Start(calendar, at, procedure.TimeLimit.WorkingTime(calendar.Hours.PerDay));
        dossier.ReceivedAt = clock.ReceivedAt;
        dossier.DueAt = clock.DueAt;
    }

    public static void Stop(Dossier dossier, WorkingCalendar calendar, DateTimeOffset at)
    {
        if (dossier.ReceivedAt is null || dossier.DueAt is null)
        {
            return;
        }

        var clock = Current(dossier).Stop(calendar, at);
        dossier.RemainingWhenStopped = clock.Remaining;
        dossier.StoppedAt = clock.StoppedAt;
    }

    public static void Resume(Dossier dossier, WorkingCalendar calendar, DateTimeOffset at)
    {
        if (dossier.StoppedAt is null)
        {
            return;
        }

        var clock = Current(dossier).Resume(calendar, at);
        dossier.DueAt = clock.DueAt;
        dossier.RemainingWhenStopped = null;
        dossier.StoppedAt = null;
    }

    /// <summary>
    /// What an action does to the clock: waiting for the applicant stops it, the supplement or the
    /// resumption restarts it (or starts it, for a dossier never received), the result or an end stops processing.
    /// </summary>
    public static void Follow(Dossier dossier, DossierAction action, WorkingCalendar calendar, DateTimeOffset at)
    {
        switch (action)
        {
            case DossierAction.RequestSupplement:
                dossier.SupplementRequests++;
                Stop(dossier, calendar, at);
                break;
            case DossierAction.Pause:
                Stop(dossier, calendar, at);
                break;
            case DossierAction.ReceiveSupplement or DossierAction.Resume:
                Resume(dossier, calendar, at);
                break;
            case DossierAction.IssueResult or DossierAction.Refuse or DossierAction.Withdraw:
                dossier.EndedAt ??= at;
                break;
        }
    }

    private static DossierClock Current(Dossier dossier) => DossierClock.Restore(dossier.ReceivedAt!.Value, dossier.DueAt!.Value, dossier.StoppedAt, dossier.RemainingWhenStopped);
}
