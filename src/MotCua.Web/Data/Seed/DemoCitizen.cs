using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Citizens;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Files;

namespace MotCua.Web.Data.Seed;

/// <summary>
/// The demo citizen account (README, demo accounts) and, with the demo dossiers, two birth registrations of hers received
/// at the Long Thủy ward desk in the last months and added to her account, their papers scanned and their electronic
/// results returned, so that a new online dossier can reuse her documents. Written through the product's intake, actions and file store.
/// </summary>
public sealed class DemoCitizen(MotCuaDbContext db, IPasswordHasher<Citizen> hasher, IFileStore store, CalendarSource calendars, TimeProvider clock)
{
    public const string Email = "congdan@example.vn";
    public const string Phone = "0987000111";

    private const string Ward = "PL-LONGTHUY";
    private const string BirthRegistration = "1.001193.000.00.00.H10";

    public async Task SeedAsync(bool withDossiers, CancellationToken ct)
    {
        // 070 is Bình Phước's code; 3 a woman born in the 21st century, 98 her year of birth.
        var citizen = new Citizen { FullName = "Điểu Thị Mai", IdNumber = "070398001111", Email = Email, Phone = Phone, Address = "phường Long Thủy, thị xã Phước Long, tỉnh Bình Phước", CreatedAt = clock.GetUtcNow() };
        citizen.SetPassword(hasher.HashPassword(citizen, DemoData.DemoPassword));

        // Her desk dossiers were added to her account with their receipts (LinkDossier), which verifies her number.
        citizen.VerifyIdNumber();
        db.Citizens.Add(citizen);
        await db.SaveChangesAsync(ct);
        if (withDossiers)
        {
            await PastDossierAsync(citizen, 90, ct);
            await PastDossierAsync(citizen, 30, ct);
        }
    }

    private async Task PastDossierAsync(Citizen citizen, int daysAgo, CancellationToken ct)
    {
        var unit = await db.Units.FirstAsync(u => u.Code == Ward, ct);
        var procedure = await db.Procedures.AsNoTracking().FirstAsync(p => p.Code == BirthRegistration, ct);
        var calendar = await calendars.ForUnitAsync(unit.Id, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(WorkingCalendar.VietnamOffset).DateTime);
        var day = calendar.NextWorkingDay(today.AddDays(-daysAgo));
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), WorkingCalendar.VietnamOffset).ToUniversalTime();
        var agencyCode = DossierCodes.AgencyCodeOf(unit, await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct))!;
        var required = procedure.Components.Where(c => c.Required).ToList();
        var applicant = new Applicant(citizen.FullName, citizen.IdNumber, citizen.Phone, citizen.Email, citizen.Address, null);
        await using var transaction = await db.Database.BeginWriteAsync(ct);
        var dossier = ReceiveDossier.Open(
            await db.NextAsync(agencyCode, day, ct), procedure, unit.Id, IntakeChannel.Counter, applicant,
            required.Select(c => new ReceivedComponent(c.Name, c.Originals, c.Copies, ComponentOrigin.Scan)).ToList(), calendar, at);
        db.Dossiers.Add(dossier);
        db.DossierEvents.Add(DossierHistory.Opened(dossier, "tiepnhan.xa"));

        // She added it to her account with the receipt's code, as LinkDossier lets her, right after the desk received it.
        dossier.CitizenId = citizen.Id;
        db.DossierEvents.Add(DossierHistory.Linked(dossier, 2, at.AddMinutes(30), $"citizen:{citizen.Id}"));
        foreach (var component in required)
        {
            await AttachFile.StoreAsync(db, store, dossier, component.Name, Pdf($"{component.Name} {dossier.Code}"), ComponentOrigin.Scan, "tiepnhan.xa", at, ct);
        }

        var sequence = 2;
        foreach (var (action, by, hours) in new[] { (DossierAction.Approve, "lanhdao.xa", 2), (DossierAction.IssueResult, "chuyenvien.xa", 3), (DossierAction.ReturnResult, "tiepnhan.xa", 4) })
        {
            var when = at.AddHours(hours);
            await ActionEffects.ApplyAsync(db, dossier, procedure, action, new ActionRequest(null, null, null, null, null), calendar, when, ct);
            if (action == DossierAction.IssueResult)
            {
                dossier.ResultKind = ResultKind.Electronic;
                // Recorded as signed by the demo office, so that the demo's 4.1 counts it; its tiny file is not really signed.
                dossier.ResultSignature = new ResultSignature
                {
                    Signer = Signing.DemoAuthority.OfficeName, Organization = Signing.DemoAuthority.OfficeName,
                    SerialNumber = "00DE0000000000000000000000000001", Issuer = "MotCua Demo CA", SignedAt = when,
                };
                await AttachFile.StoreAsync(db, store, dossier, null, Pdf($"Giấy khai sinh {dossier.Code}"), ComponentOrigin.Upload, by, when, ct);
            }

            db.DossierEvents.Add(DossierHistory.Record(dossier, action, ++sequence, when, by, unit.Id, dossier.CurrentStep, null));
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>A tiny valid PDF (one empty page) whose title says what the paper is, so each demo document is its own file.</summary>
    private static UploadedFile Pdf(string title)
    {
        var body = $"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj 4 0 obj<</Title({Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(title))})>>endobj\ntrailer<</Root 1 0 R/Info 4 0 R>>\n%%EOF\n";
        return new UploadedFile(System.Text.Encoding.ASCII.GetBytes(body), FileType.Pdf, "giay-to.pdf");
    }
}
