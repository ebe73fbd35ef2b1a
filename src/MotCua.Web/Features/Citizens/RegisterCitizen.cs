using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Citizens;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Citizens;

public sealed record RegisterRequest(string? FullName, string? IdNumber, string? Email, string? Phone, string? Address, string? Password);

/// <summary>
/// POST /api/v1/citizens and /cong-dan/dang-ky: a citizen account with his 12-digit personal identification number
/// (CCCD), an e-mail or a phone to sign in with, and a password (<see cref="NewPassword"/>). One account per e-mail and
/// phone (409). The ID number is only declared: typing it proves nothing, so it is unverified and blocks no one until
/// a dossier of that number joins the account (<see cref="LinkDossier"/>).
/// </summary>
public sealed class RegisterCitizen(MotCuaDbContext db, IPasswordHasher<Citizen> hasher, TimeProvider clock)
{
    public async Task<Outcome<CitizenProfile>> HandleAsync(RegisterRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, Text[]>();
        var name = request.FullName?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
        {
            errors["fullName"] = [new("Chưa nhập họ và tên (tối đa 200 ký tự).", "The full name is required (at most 200 characters).")];
        }

        // A 9-digit CMND is no longer valid (Law on Identification 2023, art. 46): new accounts need the 12-digit number.
        var idNumber = request.IdNumber?.Trim();
        if (idNumber is not { Length: 12 } || !IdentityNumber.IsValid(idNumber))
        {
            errors["idNumber"] = [new("Số định danh cá nhân phải là số CCCD 12 chữ số có mã tỉnh đúng.", "The personal ID number must be a 12-digit citizen ID with a valid province code.")];
        }

        var contact = Contact.Read(request.Email, request.Phone, request.Address, errors);
        if (NewPassword.Refusal(request.Password, new(name, contact.Email, contact.Phone, idNumber)) is { } refusal)
        {
            errors["password"] = [refusal];
        }

        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        if (await AccountConflicts.FindAsync(db, null, contact, ct) is { } duplicate)
        {
            return duplicate;
        }

        var citizen = new Citizen { FullName = name!, IdNumber = idNumber!, Email = contact.Email, Phone = contact.Phone, Address = contact.Address, CreatedAt = clock.GetUtcNow() };
        citizen.SetPassword(hasher.HashPassword(citizen, request.Password!));
        db.Citizens.Add(citizen);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two registrations with the same contact at once: the unique indexes let one through.
            return AccountConflicts.Race;
        }

        return CitizenProfile.Of(citizen);
    }
}
