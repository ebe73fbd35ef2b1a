namespace MotCua.Web.Data.Entities;

/// <summary>
/// A dossier that was in an export (<see cref="PersonalDataAction.Exported"/>): two keys a dossier, so that the export
/// stays one entry for the office while each applicant can still be shown that his dossier was in it.
/// </summary>
public sealed class ExportedDossier
{
    public Guid AccessId { get; init; }

    public Guid DossierId { get; init; }
}
