using MotCua.Domain.Files;

namespace MotCua.Web.Data.Entities;

/// <summary>
/// The blank form (mẫu đơn, tờ khai) of one component of a procedure, offered for download on the procedure's page;
/// its bytes are in the file store under its <see cref="StoredFile.Sha256"/>. One per component: a new upload replaces it.
/// </summary>
public sealed class FormTemplate
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string ProcedureCode { get; init; }

    public int ComponentIndex { get; init; }

    public required StoredFile File { get; init; }

    public required string UploadedBy { get; init; }

    public DateTimeOffset UploadedAt { get; init; }
}
