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
/// results of the dossiers whose applicant gave his ID number, whoever handed them in, each stored file once (newest).
/// </summary>
public sealed class ReusableDocuments(MotCuaDbContext db, CurrentCitizen me)
{
    public async Task<IReadOnlyList<ReusableDocument>> HandleAsync(CancellationToken ct)
    {
        var found = await (await OwnAsync(ct)).ToListAsync(ct);
        return found.OrderByDescending(x => x.Attachment.UploadedAt).DistinctBy(x => x.Attachment.Sha256)
            .Select(x => new ReusableDocument(x.Attachment.Id, x.Attachment.ComponentName, x.Attachment.FileName, x.Code, x.Attachment.UploadedAt)).ToList();
    }

    /// <summary>One of his documents by id; a document of anyone else answers as unknown.</summary>
    public async Task<Outcome<DossierAttachment>> FindAsync(string id, CancellationToken ct)
    {
        var attachment = Guid.TryParse(id, out var key) ? (await (await OwnAsync(ct)).FirstOrDefaultAsync(x => x.Attachment.Id == key, ct))?.Attachment : null;
        return attachment is null ? Error.NotFound(new("giấy tờ đã số hóa", "Digitized document"), id) : attachment;
    }

    private async Task<IQueryable<Owned>> OwnAsync(CancellationToken ct)
    {
        var idNumber = await db.Citizens.Where(c => c.Id == me.Id).Select(c => c.IdNumber).FirstAsync(ct);
        return db.DossierAttachments.AsNoTracking()
            .Join(db.Dossiers.Where(d => d.Applicant.IdNumber == idNumber), a => a.DossierId, d => d.Id, (a, d) => new Owned { Attachment = a, Code = d.Code });
    }

    private sealed class Owned
    {
        public required DossierAttachment Attachment { get; init; }

        public required string Code { get; init; }
    }
}
