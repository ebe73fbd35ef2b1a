using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Files;

namespace MotCua.Web.Features.Catalog;

public sealed record FormTemplateInfo(int ComponentIndex, string FileName, string MediaType, long Size, string Url)
{
    public static FormTemplateInfo Of(FormTemplate t) =>
        new(t.ComponentIndex, t.File.FileName, t.File.MediaType, t.File.Size, $"/api/v1/procedures/{Uri.EscapeDataString(t.ProcedureCode)}/components/{t.ComponentIndex}/template");
}

/// <summary>The blank forms of a procedure's components: which exist, and each one's file (public: citizens fill them in).</summary>
public sealed class FormTemplates(MotCuaDbContext db, IFileStore store)
{
    public async Task<IReadOnlyDictionary<int, FormTemplateInfo>> OfAsync(string code, CancellationToken ct) =>
        (await db.FormTemplates.AsNoTracking().Where(t => t.ProcedureCode == code).ToListAsync(ct)).ToDictionary(t => t.ComponentIndex, FormTemplateInfo.Of);

    public async Task<Outcome<FileDownload>> DownloadAsync(string code, int index, CancellationToken ct)
    {
        var template = await db.FormTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.ProcedureCode == code && t.ComponentIndex == index, ct);
        return template is null
            ? Error.NotFound(new("mẫu đơn, tờ khai", "Blank form"), $"{code}/{index}")
            : await store.DownloadAsync(template.File, ct);
    }
}
