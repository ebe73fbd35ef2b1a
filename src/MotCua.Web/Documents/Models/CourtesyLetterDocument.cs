using MotCua.Domain.Dossiers;

namespace MotCua.Web.Documents.Models;

/// <summary>
/// A courtesy letter sent with the result of a civil-status registration (seed 000, Phụ lục I, Mẫu 2–4): to the
/// applicant, from the unit that registered, naming the day of registration; signed by its chairman or head.
/// </summary>
public sealed record CourtesyLetterDocument(
    DocumentHeader Header,
    CourtesyLetter Letter,
    string DossierCode,
    string Addressee,
    string Unit,
    DateOnly RegisteredOn,
    Signature Signer);
