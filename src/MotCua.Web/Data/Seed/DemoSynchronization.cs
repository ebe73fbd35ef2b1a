using MotCua.Domain.Dossiers;

namespace MotCua.Web.Data.Seed;

/// <summary>
/// The demo's past with the national portal. A province moving to MotCua had its earlier dossiers synchronized by the
/// system before, as a historical import records them (<c>ImportedDossierWriter</c>): a received dossier whose last
/// change is more than a day old is marked synchronized a little after its receipt — all but one in 25, which the
/// stand-in portal acknowledges at the first start, after their periods have ended, so that the demo's indicator 1.4
/// reads about 96 % for past periods, neither 100 % nor nothing. Recent changes go to the stand-in as any new one does.
/// </summary>
internal static class DemoSynchronization
{
    /// <param name="ordinal">The dossier's place in the order of submission, from 1: a fixed choice of the one in 25.</param>
    public static void Mark(Dossier dossier, DateTimeOffset lastChange, int ordinal, DateTimeOffset seededAt)
    {
        if (dossier.ReceivedAt is not { } received || lastChange > seededAt.AddDays(-1) || ordinal % 25 == 0)
        {
            return;
        }

        dossier.SynchronizedAt = received.AddMinutes(5 + (ordinal % 55));
        dossier.SyncedVersion = dossier.Version;
    }
}
