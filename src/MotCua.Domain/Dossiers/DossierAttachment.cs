using MotCua.Domain.Files;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// A file of a dossier: the digitized copy of one of its components (số hóa, DOMAIN.md §4) or the
/// signed result. The bytes live in the file store (<see cref="File"/>); this row says what
/// they are, who brought them and when.
/// </summary>
public sealed class DossierAttachment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DossierId { get; init; }

    /// <summary>The component it digitizes; null for the result file.</summary>
    public string? ComponentName { get; init; }

    /// <summary>A PDF, JPEG or PNG by its content.</summary>
    public required StoredFile File { get; init; }

    public required string UploadedBy { get; init; }

    public DateTimeOffset UploadedAt { get; init; }

    /// <summary><see cref="ComponentOrigin.Scan"/> when the desk scanned the paper, <see cref="ComponentOrigin.Upload"/> otherwise.</summary>
    public ComponentOrigin Origin { get; init; }

    public bool IsResult => ComponentName is null;

    /// <summary>
    /// This file reused for <paramref name="component"/> of a later dossier of the same person (khai thác, sử dụng
    /// lại, DOMAIN.md §4): a row of its own naming the same stored bytes, no copy, recorded as <see cref="ComponentOrigin.Reuse"/>.
    /// </summary>
    public DossierAttachment ReusedIn(Guid dossierId, string component, string byUserName, DateTimeOffset at) => new()
    {
        DossierId = dossierId,
        ComponentName = component,
        File = File,
        UploadedBy = byUserName,
        UploadedAt = at,
        Origin = ComponentOrigin.Reuse,
    };
}
