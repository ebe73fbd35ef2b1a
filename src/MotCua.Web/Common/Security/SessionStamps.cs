using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;

namespace MotCua.Web.Common.Security;

/// <summary>
/// The security stamp each officer's sessions must carry, read from the database and kept for at most
/// <c>Security:SessionCheckSeconds</c> (5 unless configured) so that a revocation saved on another node is honoured
/// within that time; a revocation saved on this node is forgotten at once (<see cref="SessionRevocation"/>).
/// </summary>
public sealed class SessionStamps(TimeProvider clock, IConfiguration configuration)
{
    private readonly ConcurrentDictionary<Guid, (string? Stamp, DateTimeOffset ReadAt)> known = new();
    private readonly TimeSpan lifetime = TimeSpan.FromSeconds(configuration.GetValue("Security:SessionCheckSeconds", 5));

    /// <summary>Whether a session of this officer carrying <paramref name="stamp"/> is still good: he is active and nothing was revoked since.</summary>
    public async Task<bool> IsCurrentAsync(MotCuaDbContext db, Guid officerId, string? stamp, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!known.TryGetValue(officerId, out var entry) || now - entry.ReadAt >= lifetime)
        {
            var current = await db.Officers.AsNoTracking().Where(o => o.Id == officerId && o.IsActive).Select(o => o.SecurityStamp).FirstOrDefaultAsync(ct);
            entry = (current, now);
            known[officerId] = entry;
        }

        return stamp is not null && entry.Stamp == stamp;
    }

    public void Forget(IEnumerable<Guid> officerIds)
    {
        foreach (var id in officerIds)
        {
            known.TryRemove(id, out _);
        }
    }
}
