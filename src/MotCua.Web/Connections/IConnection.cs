using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Connections;

/// <summary>
/// A link to an outside system (mail server, SMS gateway, payment gateway, national portal, signing service) as the
/// administrator sees it on <c>/Connections</c>: how it is set up, whether it is the real system or an offline
/// stand-in, what waits to go, and a test send. Each feature registers its own with <see cref="ConnectionsSetup.AddConnection{T}"/>.
/// </summary>
public interface IConnection
{
    /// <summary>Stable name used in the API and in <see cref="ConnectionJournal"/>: email, sms, payment, national-portal, signing.</summary>
    string Key { get; }

    Text Title { get; }

    /// <summary>What it is connected to as configured: smtp, http, vnpay, file, log, none…</summary>
    string Mode { get; }

    /// <summary>True when nothing reaches a real outside system (a log file, a folder, a simulator, a local stand-in).</summary>
    bool IsOffline { get; }

    /// <summary>The settings in force; secrets are marked so that only whether they are set is shown.</summary>
    IReadOnlyList<ConnectionSetting> Settings { get; }

    /// <summary>What waits to be sent through it; null when it keeps no queue.</summary>
    Task<int?> QueueLengthAsync(MotCuaDbContext db, CancellationToken ct);

    /// <summary>
    /// Sends one harmless test message (to <paramref name="recipient"/> where the connection needs one) and says what
    /// the other side answered; an error when it did not accept it. Records the outcome in the journal.
    /// </summary>
    Task<Outcome<Text>> SendTestAsync(string? recipient, CancellationToken ct);
}
