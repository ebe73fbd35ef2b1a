using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Citizens;

/// <summary>A document of an earlier dossier that a new one can reuse: what it was, in which dossier, when it was digitized.</summary>
public sealed record ReusableDocument(Guid Id, string? Component, string FileName, string DossierCode, DateTimeOffset UploadedAt)
{
    /// <summary>What the document was: its component, or the result of its dossier.</summary>
    public string Name => Component ?? Text.Pick("Kết quả giải quyết", "Result");
}

/// <summary>
/// The signed-in citizen's digitized documents (DOMAIN.md §4, khai thác, sử dụng lại): the components' files and the
/// results of the dossiers in his account (submitted from it, or added to it with the receipt's code, see
/// <see cref="LinkDossier"/>), each stored file once (newest). The ID number alone is not enough: anyone may register
/// with another's number, and must not reuse his papers.
/// </summary>
public sealed class ReusableDocuments(MotCuaDbContext db, CurrentCitizen me)
{
    public async Task<IReadOnlyList<ReusableDocument>> HandleAsync(CancellationToken ct)
    {
        var found = await Own().ToListAsync(ct);
        return found.OrderByDescending(x => x.Attachment.UploadedAt).DistinctBy(x => x.Attachment.File.Sha256)
            .Select(x => new ReusableDocument(x.Attachment.Id, x.Attachment.ComponentName, x.Attachment.File.FileName, x.Code, x.Attachment.UploadedAt)).ToList();
    }

    /// <summary>One of his documents by id; a document of anyone else answers as unknown.</summary>
    public async Task<Outcome<DossierAttachment>> FindAsync(string id, CancellationToken ct)
    {
        var attachment = Guid.TryParse(id, out var key) ? (await Own().FirstOrDefaultAsync(x => x.Attachment.Id == key, ct))?.Attachment : null;
        return attachment is null ? Error.NotFound(new("giấy tờ đã số hóa", "Digitized document"), id) : attachment;
    }

    private IQueryable<Owned> Own() => db.DossierAttachments.AsNoTracking()
        .Join(db.Dossiers.Where(d => d.CitizenId == me.Id), a => a.DossierId, d => d.Id, (a, d) => new Owned { Attachment = a, Code = d.Code });

    private sealed class Owned
    {
        public required DossierAttachment Attachment { get; init; }

        public required string Code { get; init; }
    }
}
