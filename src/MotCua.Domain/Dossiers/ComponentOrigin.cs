namespace MotCua.Domain.Dossiers;

/// <summary>
/// Where a component's file came from; the Decision 766 digitization and reuse indicators count
/// these (API.md, dossier import): uploaded by the applicant, scanned at the desk, reused from an
/// earlier dossier, from the citizen's personal store, or from the population database.
/// </summary>
public enum ComponentOrigin
{
    Upload,
    Scan,
    Reuse,
    PersonalStore,
    PopulationDb,
    Paper,
}
