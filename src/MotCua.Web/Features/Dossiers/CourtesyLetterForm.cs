using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Documents.Models;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Fills in a courtesy letter (seed 000, Mẫu 2–4) from a dossier whose result was issued: the registration happened
/// when the result (the certificate, the extract) was issued, so the letter is dated and speaks of that day. The
/// leader who approved the result signs it; a People's Committee's leader signs as its chairman.
/// </summary>
public static class CourtesyLetterForm
{
    public static CourtesyLetterDocument Fill(DossierPaper p, CourtesyLetter letter)
    {
        var issued = p.Latest(DossierActions.Name(DossierAction.IssueResult))!;
        var signer = p.Latest(DossierActions.Name(DossierAction.Approve))?.ByUserName ?? issued.ByUserName;
        // A letter is not an administrative document in the unit's register of outgoing papers: it carries no number.
        var header = p.Header(p.Unit, string.Empty, issued.At) with { Number = string.Empty };
        var position = p.Unit.Kind is UnitKind.Commune or UnitKind.District or UnitKind.Province ? "Chủ tịch" : "Thủ trưởng đơn vị";
        return new(header, letter, p.Dossier.Code, p.Dossier.Applicant.FullName, p.Unit.Name, header.Date, new(position, p.OfficerName(signer)));
    }
}
