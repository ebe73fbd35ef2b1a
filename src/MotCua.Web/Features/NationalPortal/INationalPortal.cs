using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.NationalPortal;

/// <summary>
/// Delivers dossier statuses to the national portal and says what became of each: acknowledged (with the portal's
/// reference), rejected (with its reason) or only written out. It throws when the batch did not arrive or no answer came
/// back in time, so that the statuses are sent again; a message it leaves out of its answers is sent again too.
/// </summary>
public interface INationalPortal
{
    Task<IReadOnlyList<PortalAnswer>> SendAsync(IReadOnlyList<DossierStatusMessage> messages, CancellationToken ct);
}

/// <summary>What became of one message: <see cref="PortalSyncState.Acknowledged"/>, <see cref="PortalSyncState.Rejected"/> or <see cref="PortalSyncState.Written"/>.</summary>
public sealed record PortalAnswer(string Code, int Version, PortalSyncState State, string? AckId, string? Reason);
