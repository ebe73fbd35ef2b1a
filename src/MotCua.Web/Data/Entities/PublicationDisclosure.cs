namespace MotCua.Web.Data.Entities;

/// <summary>
/// When one change of a publication decision (a procedure revision under a quyết định công bố) was made public: on the
/// national procedure database and portal, and posted at the one-stop desk. One per revision; a date not yet known is null.
/// </summary>
public sealed class PublicationDisclosure
{
    public Guid RevisionId { get; init; }

    public DateOnly? PortalOn { get; set; }

    public DateOnly? DeskOn { get; set; }

    public required string RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
