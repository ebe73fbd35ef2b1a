namespace MotCua.Web.Documents.Models;

/// <summary>
/// The header of an administrative document (Decree 30/2020/NĐ-CP, Appendix I): the governing body
/// and the issuing unit on the left with the number ("125/TNHS" is printed "Số: 125/TNHS"), the
/// place and date on the right under the national motto.
/// </summary>
public sealed record DocumentHeader(string GoverningBody, string IssuingUnit, string Number, string Place, DateOnly Date);
