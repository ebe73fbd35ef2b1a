using Microsoft.EntityFrameworkCore;

namespace MotCua.Web.Data;

/// <summary>Officers' full names by user name: pages name the person ("Bùi Văn Hộ Tịch"), records keep the login.</summary>
public static class OfficerNames
{
    public static async Task<Dictionary<string, string>> OfficerNamesAsync(this MotCuaDbContext db, IEnumerable<string?> userNames, CancellationToken ct)
    {
        var wanted = userNames.OfType<string>().Distinct().ToList();
        return wanted.Count == 0
            ? []
            : await db.Officers.AsNoTracking().Where(o => wanted.Contains(o.UserName)).ToDictionaryAsync(o => o.UserName, o => o.FullName, ct);
    }
}
