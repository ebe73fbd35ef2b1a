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

    /// <summary>Chia tách: the unit passed part of itself to the unit named in the change.</summary>
    Split,
}
