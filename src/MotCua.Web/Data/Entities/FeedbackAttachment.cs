namespace MotCua.Web.Data.Entities;

/// <summary>A file sent with a feedback (a photo, a copy of a paper): its bytes are in the file store under <see cref="Sha256"/>.</summary>
public sealed class FeedbackAttachment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid FeedbackId { get; init; }

    public required string Sha256 { get; init; }

    public long Size { get; init; }

    public required string MediaType { get; init; }

    public required string FileName { get; init; }

    public DateTimeOffset UploadedAt { get; init; }
}
