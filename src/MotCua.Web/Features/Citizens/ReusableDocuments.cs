using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Citizens;

/// <summary>
/// A document of an earlier dossier that a new one can reuse: what it was (its component, or for a result the paper its
/// procedure issues), in which dossier, when it was digitized.
/// </summary>
public sealed record ReusableDocument(Guid Id, string? Component, string? Result, string FileName, string DossierCode, DateTimeOffset UploadedAt)
{
    /// <summary>What the document was: its component, or the result of its dossier.</summary>
    public string Name => Component ?? Text.Pick("Kết quả giải quyết", "Result") + (Result is { Length: > 0 } paper ? ": " + paper : string.Empty);

    /// <summary>Whether it may stand for <paramref name="component"/> (<see cref="ReuseRule"/>).</summary>
    public bool Fits(Component component) => ReuseRule.Fits(component, Component, Result);
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
            .Select(x => new ReusableDocument(x.Attachment.Id, x.Attachment.ComponentName, ResultOf(x), x.Attachment.File.FileName, x.Code, x.Attachment.UploadedAt)).ToList();
    }

    /// <summary>
    /// One of his documents by id to stand for <paramref name="component"/> (the form's field <paramref name="field"/>):
    /// a document of anyone else answers as unknown, one that may not stand for it (<see cref="ReuseRule"/>) is refused.
    /// </summary>
    public async Task<Outcome<DossierAttachment>> FindAsync(string id, Component component, string field, CancellationToken ct)
    {
        var found = Guid.TryParse(id, out var key) ? await Own().FirstOrDefaultAsync(x => x.Attachment.Id == key, ct) : null;
        if (found is null)
        {
            return Error.NotFound(new("giấy tờ đã số hóa", "Digitized document"), id);
        }

        if (ReuseRule.IsDeclaration(component))
        {
            return Error.Validation(field, new Text("«{0}» là tờ khai, đơn theo mẫu: lập mới cho mỗi hồ sơ, không dùng lại giấy tờ đã nộp.",
                "“{0}” is a declaration on the procedure's form: it is made anew for each dossier, not reused.").Format(component.Name));
        }

        return ReuseRule.SameKind(component, found.Attachment.ComponentName, ResultOf(found)) ? found.Attachment
            : Error.Validation(field, new Text("Giấy tờ đã chọn không phải loại «{0}»: chỉ dùng lại giấy tờ cùng loại.",
                "The document chosen is not a “{0}”: only a document of the same kind may be reused.").Format(component.Name));
    }

    private static string? ResultOf(Owned owned) => owned.Attachment.IsResult ? ReuseRule.ResultPaper(owned.Result) : null;

    private IQueryable<Owned> Own() => db.DossierAttachments.AsNoTracking()
        .Join(db.Dossiers.Where(d => d.CitizenId == me.Id), a => a.DossierId, d => d.Id, (a, d) => new { Attachment = a, Dossier = d })
        .Join(db.Procedures, x => x.Dossier.ProcedureId, p => p.Id, (x, p) => new Owned { Attachment = x.Attachment, Code = x.Dossier.Code, Result = p.Result });

    private sealed class Owned
    {
        public required DossierAttachment Attachment { get; init; }

        public required string Code { get; init; }

        /// <summary>What the dossier's procedure issues, as the catalog words it.</summary>
        public required string Result { get; init; }
    }
}
