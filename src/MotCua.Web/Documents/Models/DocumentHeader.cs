using MotCua.Domain.Dossiers;

namespace MotCua.Web.Documents.Models;

/// <summary>
/// The header of an administrative document (Decree 30/2020/NĐ-CP, Appendix I): the governing body
/// and the issuing unit on the left with the number ("125/TNHS" is printed "Số: 125/TNHS"), the
/// place and date on the right under the national motto. A paper is dated the day of the event it records (receipt,
/// request, refusal, apology), so that day also decides which edition of the one-stop forms it follows.
/// </summary>
public sealed record DocumentHeader(string GoverningBody, string IssuingUnit, string Number, string Place, DateOnly Date)
{
    public FormEdition Edition => FormEditions.On(Date);
}
