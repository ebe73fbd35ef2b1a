using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using MotCua.Domain.Files;
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
        var named = await NamedAsync(ct);
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

    /// <summary>
    /// Every key a row names, found from the model (each table's <see cref="StoredFile"/> columns), so that a new kind
    /// of row holding a file is covered without being listed here.
    /// </summary>
    private async Task<HashSet<string>> NamedAsync(CancellationToken ct)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in db.Model.GetEntityTypes())
        {
            foreach (var file in entity.GetComplexProperties().Where(c => c.ComplexType.ClrType == typeof(StoredFile)))
            {
                var column = sql.DelimitIdentifier(file.ComplexType.FindProperty(nameof(StoredFile.Sha256))!.GetColumnName());
                var query = "SELECT " + column + " AS " + sql.DelimitIdentifier("Value") + " FROM " + sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema())
                    + " WHERE " + column + " IS NOT NULL";
                keys.UnionWith(await db.Database.SqlQueryRaw<string>(query).ToListAsync(ct));
            }
        }

        return keys;
    }
}
