namespace MotCua.Web.Data.Entities;

/// <summary>
/// The last dossier sequence issued by one agency on one day ("000.00.17.H10|251124"). Incremented
/// with an atomic upsert inside the intake transaction, so codes are gap-free and unique across nodes.
/// </summary>
public sealed class DossierCounter
{
    public required string Key { get; init; }

    public int LastSequence { get; set; }
}
