using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Catalog;

[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.CatalogEditor)]
public sealed class ImportModel(ImportProcedures import) : FormPage
{
    public ImportReport? Report { get; private set; }

    public async Task OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null)
        {
            Refuse(Error.Validation("file", new("Chưa chọn tệp để nhập.", "No file was chosen.")));
            return;
        }

        await using var stream = file.OpenReadStream();
        var content = await BoundedBody.ReadAsync(stream, ImportFile.MaxBytes, ct);
        var outcome = content.Failed ? content.Error : await import.FromFileAsync(content.Value, ct);
        if (outcome.Failed)
        {
            Refuse(outcome.Error);
            return;
        }

        Report = outcome.Value;
    }
}
