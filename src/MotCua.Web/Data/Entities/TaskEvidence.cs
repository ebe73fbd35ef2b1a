using MotCua.Domain.Files;

namespace MotCua.Web.Data.Entities;

/// <summary>A document a unit uploaded as evidence of a task instance (report, decision): its bytes are in the file store under its <see cref="StoredFile.Sha256"/>.</summary>
public sealed class TaskEvidence
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid InstanceId { get; init; }

    public required StoredFile File { get; init; }

    public required string UploadedBy { get; init; }

    public DateTimeOffset UploadedAt { get; init; }
}
