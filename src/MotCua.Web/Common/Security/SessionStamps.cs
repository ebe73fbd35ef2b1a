using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;

namespace MotCua.Web.Common.Security;

/// <summary>
/// The security stamp each officer's and citizen's sessions must carry, read from the database and kept for at most
/// <c>Security:SessionCheckSeconds</c> (5 unless configured) so that a revocation saved on another node is honoured
/// within that time; a revocation saved on this node is forgotten at once (<see cref="SessionRevocation"/>).
/// </summary>
public sealed class SessionStamps(TimeProvider clock, IConfiguration configuration)
{
    private readonly ConcurrentDictionary<Guid, (string? Stamp, DateTimeOffset ReadAt)> known = new();
    private readonly TimeSpan lifetime = TimeSpan.FromSeconds(configuration.GetValue("Security:SessionCheckSeconds", 5));

    /// <summary>Whether a session of this officer carrying <paramref name="stamp"/> is still good: he is active and nothing was revoked since.</summary>
    public Task<bool> OfficerIsCurrentAsync(MotCuaDbContext db, Guid officerId, string? stamp, CancellationToken ct) => IsCurrentAsync(officerId, stamp, () =>
        db.Officers.AsNoTracking().Where(o => o.Id == officerId && o.IsActive).Select(o => o.SecurityStamp).FirstOrDefaultAsync(ct));

    /// <summary>Whether a session of this citizen carrying <paramref name="stamp"/> is still good: his password has not changed since.</summary>
    public Task<bool> CitizenIsCurrentAsync(MotCuaDbContext db, Guid citizenId, string? stamp, CancellationToken ct) => IsCurrentAsync(citizenId, stamp, async () =>
        (await db.Citizens.AsNoTracking().Where(c => c.Id == citizenId).Select(c => (Guid?)c.SecurityStamp).FirstOrDefaultAsync(ct))?.ToString());

    /// <summary>Accounts are keyed by their id alone: officers' and citizens' ids are version 7 GUIDs, never the same.</summary>
    private async Task<bool> IsCurrentAsync(Guid accountId, string? stamp, Func<Task<string?>> read)
    {
        var now = clock.GetUtcNow();
        if (!known.TryGetValue(accountId, out var entry) || now - entry.ReadAt >= lifetime)
        {
            entry = (await read(), now);
            known[accountId] = entry;
        }

        return stamp is not null && entry.Stamp == stamp;
    }

    public void Forget(IEnumerable<Guid> accountIds)
    {
        foreach (var id in accountIds)
        {
            known.TryRemove(id, out _);
        }
    }
}
