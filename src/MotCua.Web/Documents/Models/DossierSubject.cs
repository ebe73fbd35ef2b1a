namespace MotCua.Web.Documents.Models;

/// <summary>What every paper of a dossier names: its code, the applicant, what is asked and the desk that took it in.</summary>
public sealed record DossierSubject(string Code, ReceiptApplicant Applicant, string ProcedureName, string Desk);
