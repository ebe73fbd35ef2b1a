namespace MotCua.Domain.Organization;

public enum UnitChangeKind
{
    Created,
    Renamed,
    Moved,
    Merged,
    Deactivated,
    Reactivated,
    Edited,
}
