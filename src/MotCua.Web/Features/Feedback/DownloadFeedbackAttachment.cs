using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Files;

namespace MotCua.Web.Features.Feedback;

public sealed record FeedbackFile(Guid Id, string FileName, string MediaType, long Size);

/// <summary>
/// GET /api/v1/feedback/{code}/attachments/{id}: a file the sender joined, for the officers who see the feedback
/// (404 for the others, as for the feedback itself). Never public: a photo may show people or papers.
/// </summary>
public sealed class DownloadFeedbackAttachment(MotCuaDbContext db, FeedbackPermissions permissions, IFileStore store)
{
    public async Task<Outcome<FileDownload>> HandleAsync(string code, Guid id, CancellationToken ct)
    {
        var found = await permissions.FindVisibleAsync(code, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var file = await db.FeedbackAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.FeedbackId == found.Value.Id && a.Id == id, ct);
        return file is null
            ? Error.NotFound(new("tệp đính kèm", "Attachment"), id.ToString())
            : await store.DownloadAsync(file.File, ct);
    }
}
