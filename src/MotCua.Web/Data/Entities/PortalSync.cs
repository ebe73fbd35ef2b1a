namespace MotCua.Web.Data.Entities;

/// <summary>What became of one version of a dossier's status sent to the national portal.</summary>
public enum PortalSyncState
{
    /// <summary>Not answered yet (the sends so far failed or timed out): tried again at <see cref="PortalSync.NextAttemptAt"/>.</summary>
    Waiting,

    /// <summary>The portal accepted it and answered with its reference: the only state indicator 1.4 counts.</summary>
    Acknowledged,

    /// <summary>The portal answered that it refuses it, with its reason: not sent again unless the dossier changes.</summary>
    Rejected,

    /// <summary>Written out by the offline file adapter: nobody has acknowledged it, so it counts as nothing.</summary>
    Written,
}

/// <summary>
/// One change of a dossier (its <see cref="Domain.Dossiers.Dossier.Version"/>) on its way to the national portal, which
/// identifies a message by the dossier's code and this version: the sends tried, when the next one is due, and the
/// portal's answer. Kept apart from the dossier so that the dossier row holds only what the indicators read.
/// </summary>
public sealed class PortalSync
{
    public Guid DossierId { get; init; }

    public int Version { get; init; }

    public PortalSyncState State { get; set; }

    /// <summary>Sends tried, the successful one included.</summary>
    public int Attempts { get; set; }

    public DateTimeOffset LastAttemptAt { get; set; }

    /// <summary>While <see cref="PortalSyncState.Waiting"/>: not sent again before (exponential back-off).</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>Why the last send failed (network, timeout, an error of the portal), for the administrator.</summary>
    public string? LastError { get; set; }

    /// <summary>When the portal's answer (acknowledgement or rejection) arrived, or the file was written.</summary>
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>The portal's reference for the accepted message (mã tiếp nhận).</summary>
    public string? AckId { get; set; }

    public string? RejectedReason { get; set; }
}
