namespace MotCua.Web.Data.Entities;

/// <summary>
/// What a dossier last added to the daily aggregates (<see cref="MotCua.Domain.Aggregates.DailyCount.Format"/>), at
/// which unit and procedure: taken away again when the dossier changes, so the aggregates never count it twice.
/// </summary>
public sealed class DossierTallyRow
{
    public Guid DossierId { get; init; }

    public Guid UnitId { get; set; }

    public Guid ProcedureId { get; set; }

    public string Counts { get; set; } = string.Empty;
}
