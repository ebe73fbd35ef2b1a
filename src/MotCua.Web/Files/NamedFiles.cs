using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using MotCua.Domain.Files;
using MotCua.Web.Data;

namespace MotCua.Web.Files;

/// <summary>The stored files the database names: what the sweep must keep and what a restored backup must hold.</summary>
public static class NamedFiles
{
    /// <summary>
    /// Every key a row names, found from the model (each table's <see cref="StoredFile"/> columns), so that a new kind
    /// of row holding a file is covered without being listed here.
    /// </summary>
    public static async Task<HashSet<string>> ReadAsync(MotCuaDbContext db, CancellationToken ct)
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
