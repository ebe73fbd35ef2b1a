using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Files;

namespace MotCua.Web.Features.Catalog;

/// <summary>
/// PUT /api/v1/procedures/{code}/components/{index}/template: the KSTTHC office uploads the blank form of a component
/// (PDF or Word .docx, checked by content), which citizens download from the procedure's page. A new upload replaces
/// the old one; the office changes only procedures of units in its scope, as for any change of the procedure.
/// </summary>
public sealed class SaveFormTemplate(MotCuaDbContext db, CurrentOfficer officer, IFileStore store, IOptions<FileStoreOptions> options, TimeProvider clock, UnitDirectory directory)
{
    public async Task<Outcome<FormTemplateInfo>> HandleAsync(string code, int index, IFormFile? file, CancellationToken ct)
    {
        var found = await db.FindProcedureAsync(code, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var procedure = found.Value;
        if (index < 0 || index >= procedure.Components.Count)
        {
            return Error.NotFound(new("thành phần hồ sơ", "Component"), index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (await officer.OutsideScopeAsync(procedure.Units.Select(u => u.UnitId), await directory.CodesAsync(db, ct), ct) is { Count: > 0 } outside)
        {
            return CatalogStore.OutOfScope(outside);
        }

        var upload = await UploadedFile.ReadAsync(file, options.Value.MaxBytes, FileType.Forms, ct);
        if (upload.Failed)
        {
            return upload.Error;
        }

        // The bytes first: a failed save then leaves an unnamed file, never a row naming a missing one.
        var template = new FormTemplate
        {
            ProcedureCode = procedure.Code, ComponentIndex = index, File = await store.KeepAsync(upload.Value, ct),
            UploadedBy = officer.UserName, UploadedAt = clock.GetUtcNow(),
        };
        await using var transaction = await db.Database.BeginWriteAsync(ct);
        await db.FormTemplates.Where(t => t.ProcedureCode == procedure.Code && t.ComponentIndex == index).ExecuteDeleteAsync(ct);
        db.FormTemplates.Add(template);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return FormTemplateInfo.Of(template);
    }
}
