namespace MotCua.Web.Data.Entities;

/// <summary>
/// A person named on a unit's public list (seed 001): the KSTTHC focal officer (cán bộ đầu mối), or the head, deputy
/// and officers sent to work at the one-stop desk, with the position, field of work and telephone the desk must post.
/// </summary>
public sealed class FocalOfficer
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid UnitId { get; init; }

    /// <summary><c>kstt</c>, <c>deskHead</c> or <c>deskOfficer</c>.</summary>
    public required string Kind { get; init; }

    public required string FullName { get; init; }

    public required string Position { get; init; }

    /// <summary>Lĩnh vực công tác: the procedures' field the officer handles at the desk.</summary>
    public string? Field { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    /// <summary>The decision that assigned the officer, as written ("Quyết định số 403/QĐ-UBND").</summary>
    public string? AssignedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
