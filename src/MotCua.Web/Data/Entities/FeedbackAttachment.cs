using MotCua.Domain.Files;

namespace MotCua.Web.Data.Entities;

/// <summary>A file sent with a feedback (a photo, a copy of a paper): its bytes are in the file store under its <see cref="StoredFile.Sha256"/>.</summary>
public sealed class FeedbackAttachment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid FeedbackId { get; init; }

    public required StoredFile File { get; init; }

    public DateTimeOffset UploadedAt { get; init; }
}
