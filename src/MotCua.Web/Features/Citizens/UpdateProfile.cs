using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Citizens;

public sealed record ProfileRequest(string? Email, string? Phone, string? Address);

/// <summary>
/// GET and PUT /api/v1/citizens/me, /cong-dan/tai-khoan: the signed-in citizen's account; he changes how to reach him
/// and where he lives. Name and ID number stay as registered: the number is verified against his dossiers (LinkDossier).
/// </summary>
public sealed class UpdateProfile(MotCuaDbContext db, CurrentCitizen me)
{
    public async Task<CitizenProfile> GetAsync(CancellationToken ct) =>
        CitizenProfile.Of(await db.Citizens.AsNoTracking().FirstAsync(c => c.Id == me.Id, ct));

    public async Task<Outcome<CitizenProfile>> HandleAsync(ProfileRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, Text[]>();
        var contact = Contact.Read(request.Email, request.Phone, request.Address, errors);
        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        if (await AccountConflicts.FindAsync(db, me.Id, contact, ct) is { } duplicate)
        {
            return duplicate;
        }

        var citizen = await db.Citizens.FirstAsync(c => c.Id == me.Id, ct);
        (citizen.Email, citizen.Phone, citizen.Address) = (contact.Email, contact.Phone, contact.Address);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return AccountConflicts.Race;
        }

        return CitizenProfile.Of(citizen);
    }
}
