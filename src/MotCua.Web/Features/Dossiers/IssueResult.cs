using System.Text.Json;
using Microsoft.Extensions.Options;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Files;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// POST /api/v1/dossiers/{code}/result (multipart: file, resultKind, note): the <c>issue-result</c> action with
/// the signed result (a PDF, checked by its content) and how it was issued: <c>paper</c>, <c>electronic</c> or
/// <c>eCertifiedCopy</c>. An electronic result is the file itself, so it cannot be issued without one; a paper
/// result may come with its scan or without; an electronic one may be pushed to the applicant's personal data store
/// (<c>pushToPersonalStore</c>, Decision 766 indicator 4.4). Same roles and states as the action (wrong state → 409); the file is
/// stored only once the action is allowed.
/// </summary>
public sealed class IssueResult(ApplyAction apply, AttachFile attach, IOptions<FileStoreOptions> options)
{
    private static readonly IReadOnlyList<FileType> Accepted = [FileType.Pdf];

    public async Task<Outcome<DossierDetail>> HandleAsync(string code, IFormFile? file, string? resultKind, string? note, bool pushToPersonalStore, CancellationToken ct)
    {
        if (Kind(resultKind) is not { } kind)
        {
            return Error.Validation("resultKind", new("Hình thức kết quả phải là paper, electronic hoặc eCertifiedCopy.", "resultKind must be paper, electronic or eCertifiedCopy."));
        }

        UploadedFile? signed = null;
        if (file is not null)
        {
            var upload = await UploadedFile.ReadAsync(file, options.Value.MaxBytes, Accepted, ct);
            if (upload.Failed)
            {
                return upload.Error!;
            }

            signed = upload.Value;
        }
        else if (kind != ResultKind.Paper)
        {
            return Error.Validation("file", new("Kết quả điện tử cần kèm tệp PDF đã ký số.", "An electronic result needs its signed PDF file."));
        }

        if (pushToPersonalStore && kind == ResultKind.Paper)
        {
            return Error.Validation("pushToPersonalStore", new("Chỉ kết quả điện tử mới được đẩy vào kho dữ liệu cá nhân.", "Only an electronic result can be pushed to the personal data store."));
        }

        return await apply.HandleAsync(code, DossierActions.Name(DossierAction.IssueResult), new ActionRequest(note, null, null, null, null), async dossier =>
        {
            dossier.ResultKind = kind;
            dossier.ResultPushedToPersonalStore = pushToPersonalStore;
            if (signed is not null)
            {
                await attach.Stored(dossier, null, signed, ComponentOrigin.Upload, ct);
            }
        }, ct);
    }

    /// <summary>The API's camelCase names only (no numbers, no other spelling); none given is a paper result.</summary>
    private static ResultKind? Kind(string? name) => string.IsNullOrWhiteSpace(name)
        ? ResultKind.Paper
        : Enum.GetValues<ResultKind>().Cast<ResultKind?>().FirstOrDefault(k => JsonNamingPolicy.CamelCase.ConvertName(k!.Value.ToString()) == name.Trim());
}
