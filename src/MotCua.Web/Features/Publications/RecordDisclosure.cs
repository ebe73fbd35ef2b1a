using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Publications;

public sealed record DisclosureRequest(DateOnly? PortalOn, DateOnly? DeskOn);

/// <summary>
/// Records when a change of a publication decision was made public on the portal and at the desk: neither before the
/// decision nor after today; a date left out stays as recorded before. A revision under no decision, or of a procedure
/// outside the officer's units, answers as unknown.
/// </summary>
public sealed class RecordDisclosure(MotCuaDbContext db, CurrentOfficer officer, TimeProvider clock)
{
    public async Task<Outcome<PublishedChange>> HandleAsync(Guid revisionId, DisclosureRequest request, CancellationToken ct)
    {
        var scope = (await officer.VisibleUnitIdsAsync(ct)).ToList();
        var found = await (from r in db.ProcedureRevisions.AsNoTracking()
                           join p in db.Procedures on r.ProcedureId equals p.Id
                           where r.Id == revisionId && r.Publication != null && p.Units.Any(u => scope.Contains(u.UnitId))
                           select new { Revision = r, p.Code, p.Name }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return Error.NotFound(new("thay đổi theo quyết định công bố", "Published change"), revisionId.ToString());
        }

        var decided = found.Revision.Publication!.DecisionDate;
        var today = DossierPeriod.Today(clock);
        var errors = new Dictionary<string, Text[]>();
        foreach (var (field, date) in new[] { ("portalOn", request.PortalOn), ("deskOn", request.DeskOn) })
        {
            if (date < decided || date > today)
            {
                errors[field] = [new($"Ngày công khai phải từ ngày quyết định ({decided:dd/MM/yyyy}) đến hôm nay.", $"The day made public must be between the decision's date ({decided:yyyy-MM-dd}) and today.")];
            }
        }

        if (request.PortalOn is null && request.DeskOn is null)
        {
            errors["portalOn"] = [new("Nhập ít nhất một ngày công khai: trên Cổng dịch vụ công hoặc tại Bộ phận Một cửa.", "Give at least one day: on the portal or at the desk.")];
        }

        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        var disclosure = await db.PublicationDisclosures.FirstOrDefaultAsync(d => d.RevisionId == revisionId, ct);
        if (disclosure is null)
        {
            disclosure = new PublicationDisclosure { RevisionId = revisionId, RecordedBy = officer.UserName };
            db.PublicationDisclosures.Add(disclosure);
        }

        disclosure.PortalOn = request.PortalOn ?? disclosure.PortalOn;
        disclosure.DeskOn = request.DeskOn ?? disclosure.DeskOn;
        disclosure.RecordedBy = officer.UserName;
        disclosure.RecordedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        var revision = found.Revision;
        return new PublishedChange(revision.Id, found.Code, found.Name, revision.Kind, revision.Publication!.EffectiveDate, disclosure.PortalOn, disclosure.DeskOn);
    }
}
