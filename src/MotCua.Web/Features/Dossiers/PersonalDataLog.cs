using MotCua.Domain.Dossiers;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;
using MotCua.Web.Data.Configurations;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Writes the access log of personal data (Decree 13/2023/NĐ-CP): called once an officer's request has passed every
/// check, just before the data leaves, so a refused request writes nothing and a failed write sends nothing.
/// </summary>
public sealed class PersonalDataLog(IHttpContextAccessor accessor, IServiceScopeFactory scopes, DossierPermissions permissions, TimeProvider clock)
{
    /// <summary>One dossier's data seen: its page or answer (<paramref name="what"/> null) or one of its files.</summary>
    public async Task DossierAsync(Dossier dossier, PersonalDataAction action, string? what, CancellationToken ct)
    {
        var grantUnit = await permissions.GrantUnitForAsync(dossier.CurrentUnitId, ct) ?? await permissions.GrantUnitForAsync(dossier.UnitId, ct);
        await SaveAsync(Entry(action, dossier.UnitId, grantUnit, what, dossier), [], ct);
    }

    /// <summary>A file listing the dossiers of a unit: one entry for the office, and the dossiers it held for their applicants.</summary>
    public async Task ExportAsync(Guid unitId, string what, IReadOnlyCollection<Guid> dossierIds, CancellationToken ct)
    {
        var entry = Entry(PersonalDataAction.Exported, unitId, await permissions.GrantUnitForAsync(unitId, ct), what, null, dossierIds.Count);
        await SaveAsync(entry, dossierIds.Select(id => new ExportedDossier { AccessId = entry.Id, DossierId = id }), ct);
    }

    private PersonalDataAccess Entry(PersonalDataAction action, Guid unitId, Guid? grantUnit, string? what, Dossier? dossier, int count = 1)
    {
        var http = accessor.HttpContext ?? throw new InvalidOperationException("Personal data is logged for an officer's request only.");
        var user = http.User;
        var address = http.Connection.RemoteIpAddress;
        var agent = http.Request.Headers.UserAgent.ToString();
        return new PersonalDataAccess
        {
            At = clock.GetUtcNow(),
            OfficerId = OfficerClaims.IdOf(user) ?? throw new InvalidOperationException("Personal data is logged for a signed-in officer only."),
            OfficerUserName = user.Identity!.Name!,
            OfficerFullName = user.FindFirst(OfficerClaims.FullName)?.Value ?? user.Identity.Name!,
            OfficerUnitId = grantUnit,
            UnitId = unitId,
            Action = action,
            DossierId = dossier?.Id,
            DossierCode = dossier?.Code,
            What = what,
            DossierCount = count,
            Address = (address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address)?.ToString(),
            UserAgent = agent.Length == 0 ? null : agent[..Math.Min(agent.Length, PersonalDataAccessConfiguration.UserAgentLength)],
        };
    }

    /// <summary>
    /// In a context of its own: the request's context may still hold what a refused action changed on its entities (the
    /// dossier page shows the dossier again after a refusal), and that must not be saved with the entry.
    /// </summary>
    private async Task SaveAsync(PersonalDataAccess entry, IEnumerable<ExportedDossier> dossiers, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        db.PersonalDataAccesses.Add(entry);
        db.ExportedDossiers.AddRange(dossiers);
        await db.SaveChangesAsync(ct);
    }
}
