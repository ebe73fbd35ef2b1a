using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// POST /api/v1/dossiers (API.md): what the desk, the post or the citizen hands in; <c>vneid</c> when the desk checked the
/// applicant's identity with his VNeID electronic identity (indicators 4.5a–b), as the import records it; <c>feeExempt</c>
/// when every fee line was exempted (3.6); <c>resultCopies</c>, the copies of the result the applicant asks for; <c>resultAt</c>, for a dossier received regardless of
/// administrative boundary, where he collects the result (<see cref="ResultPlace"/>).
/// </summary>
public sealed record IntakeRequest(
    string? ProcedureCode,
    string? UnitCode,
    string? Channel,
    ApplicantInput? Applicant,
    IReadOnlyList<ComponentInput>? Components,
    bool? Vneid = null,
    bool? FeeExempt = null,
    int? ResultCopies = null,
    string? ReceivingUnitCode = null,
    string? ResultAt = null);

public sealed record ApplicantInput(string? FullName, string? IdNumber, string? Phone, string? Email, string? Address, string? Organization);

public sealed record ComponentInput(string? Name, int? Originals, int? Copies, string? Origin);

/// <summary>201 answer of an intake.</summary>
public sealed record IntakeResult(string Code, string Status, DateTimeOffset? ReceivedAt, DateTimeOffset? DueAt)
{
    public static IntakeResult Of(Dossier dossier) => new(
        dossier.Code, DossierStatusNames.Of(dossier.Status), dossier.ReceivedAt?.ToOffset(WorkingCalendar.VietnamOffset), dossier.DueAt?.ToOffset(WorkingCalendar.VietnamOffset));
}
