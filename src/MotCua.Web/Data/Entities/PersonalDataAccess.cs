namespace MotCua.Web.Data.Entities;

/// <summary>
/// One time an officer saw applicants' personal data (Decree 13/2023/NĐ-CP): who, when, what and from where. Written
/// once and never changed: the application has no way to edit or remove an entry. The officer's and units' names are
/// kept as they were then, so that a later rename or a dismissal does not rewrite who read what.
/// </summary>
public sealed class PersonalDataAccess
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset At { get; init; }

    public Guid OfficerId { get; init; }

    public required string OfficerUserName { get; init; }

    public required string OfficerFullName { get; init; }

    /// <summary>The unit of the officer's grant through which he read (his desk, his unit or the unit above); null if none acts for it.</summary>
    public Guid? OfficerUnitId { get; init; }

    /// <summary>The unit whose data was read: the dossier's, or the unit whose register was exported. The log's scope.</summary>
    public Guid UnitId { get; init; }

    public PersonalDataAction Action { get; init; }

    /// <summary>The dossier read; null for an export, whose dossiers are its <see cref="ExportedDossier"/> rows.</summary>
    public Guid? DossierId { get; init; }

    public string? DossierCode { get; init; }

    /// <summary>The file the officer received (a paper, a scan, an export naming its unit, period and format); null when he saw a page or an answer.</summary>
    public string? What { get; init; }

    /// <summary>How many dossiers' data it showed: one, or an export's count.</summary>
    public int DossierCount { get; init; }

    /// <summary>The client's address as the trusted proxies report it.</summary>
    public string? Address { get; init; }

    public string? UserAgent { get; init; }
}
