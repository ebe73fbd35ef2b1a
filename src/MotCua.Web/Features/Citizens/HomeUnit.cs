using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Domain.Text;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Citizens;

/// <summary>
/// Where the signed-in citizen lives, among the units that resolve a procedure: the unit her account's address names
/// ("…, phường Thác Mơ, thị xã Phước Long"), else one the addresses of her dossiers name, else the unit of her latest
/// dossier there; null when nothing says it, so that the page asks rather than guessing the first commune (issue 18, item 9).
/// </summary>
public sealed class HomeUnit(MotCuaDbContext db, CurrentCitizen me)
{
    /// <summary>Her dossiers looked at, newest first: enough to find where she went, few enough to read on every visit.</summary>
    private const int RecentDossiers = 20;

    public async Task<string?> FindAsync(IReadOnlyList<UnitInfo> units, CancellationToken ct)
    {
        var address = await db.Citizens.AsNoTracking().Where(c => c.Id == me.Id).Select(c => c.Address).FirstAsync(ct);
        var dossiers = await db.Dossiers.AsNoTracking().Where(d => d.CitizenId == me.Id).OrderByDescending(d => d.SubmittedAt).Take(RecentDossiers)
            .Join(db.Units, d => d.UnitId, u => u.Id, (d, u) => new { d.Applicant.Address, u.Code })
            .ToListAsync(ct);
        return dossiers.Select(d => d.Address).Prepend(address).Select(a => Named(a, units)).FirstOrDefault(u => u is not null)
            ?? dossiers.Select(d => d.Code).FirstOrDefault(code => units.Any(u => u.Code == code));
    }

    /// <summary>
    /// The unit whose place name (its name without "Ủy ban nhân dân") the address holds as whole words, diacritics
    /// ignored; a commune before the district it lies in, since an address names both.
    /// </summary>
    private static string? Named(string? address, IReadOnlyList<UnitInfo> units)
    {
        var words = $" {Regex.Replace(SearchText.Normalize(address), @"[^\p{L}\p{N}]+", " ")} ";
        return units.Select(u => (u.Code, u.Kind, Place: $" {SearchText.Normalize(u.Name).Replace(GoverningBody, string.Empty, StringComparison.Ordinal)} "))
            .Where(u => u.Place.Length > 2 && words.Contains(u.Place, StringComparison.Ordinal))
            .OrderByDescending(u => u.Kind == UnitKind.Commune).ThenByDescending(u => u.Place.Length)
            .Select(u => u.Code).FirstOrDefault();
    }

    private const string GoverningBody = "uy ban nhan dan ";
}
