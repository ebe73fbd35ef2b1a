using Microsoft.Extensions.Options;
using MotCua.Web.Data;

namespace MotCua.Web.Files;

/// <summary>
/// Removes the stored files no row names: the bytes of an upload whose save then failed (the bytes go first, so a
/// failed save leaves them), a blank form replaced by a new one. Only files not saved for
/// <see cref="FileStoreOptions.UnnamedGrace"/>, so that a row being written meanwhile is never left naming nothing.
/// </summary>
public sealed class SweepUnnamedFiles(MotCuaDbContext db, IFileStore store, IOptions<FileStoreOptions> options, TimeProvider clock, ILogger<SweepUnnamedFiles> logger)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var savedBefore = clock.GetUtcNow() - options.Value.UnnamedGrace;
        var named = await NamedFiles.ReadAsync(db, ct);
        var removed = 0;
        await foreach (var stored in store.ListAsync(ct))
        {
            if (stored.SavedAt < savedBefore && !named.Contains(stored.Sha256))
            {
                await store.DeleteAsync(stored.Sha256, savedBefore, ct);
                removed++;
            }
        }

        if (removed > 0)
        {
            logger.LogInformation("Removed {Count} stored files no row names", removed);
        }

        return removed;
    }
}
