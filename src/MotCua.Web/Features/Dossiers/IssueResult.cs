using System.Text.Json;
using Microsoft.Extensions.Options;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Files;
using MotCua.Web.Signing;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// POST /api/v1/dossiers/{code}/result (multipart: file, resultKind, note): the <c>issue-result</c> action with
/// the signed result (a PDF, checked by its content) and how it was issued: <c>paper</c>, <c>electronic</c> or
/// <c>eCertifiedCopy</c>. An electronic result is the file itself, so it cannot be issued without one; a paper
/// result may come with its scan or without; an electronic one may be pushed to the applicant's personal data store
/// (<c>pushToPersonalStore</c>, Decision 766 indicator 4.4). Same roles and states as the action (wrong state → 409); the file is
/// stored only once the action is allowed.
/// An electronic result must carry a valid digital signature (<see cref="PdfSignatureVerifier"/>), whose signer is recorded:
/// a file signed elsewhere is kept as it is; an unsigned one is signed here with the unit's certificate when the office has
/// one (<see cref="DocumentSigner"/>), and refused otherwise (422 <c>signature-missing</c>); a broken signature is always
/// refused (422 <c>signature-invalid</c>). A paper result's scan is not checked.
/// </summary>
public sealed class IssueResult(ApplyAction apply, AttachFile attach, DocumentSigner signer, PdfSignatureVerifier verifier, IOptions<FileStoreOptions> options)
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
                return upload.Error;
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
            // Checked once the action is allowed: a file is signed for an officer who may issue the result, in a state that allows it.
            if (kind != ResultKind.Paper)
            {
                var verified = await VerifiedAsync(signed!, ct);
                if (verified.Failed)
                {
                    return verified.Error;
                }

                (signed, dossier.ResultSignature) = verified.Value;
            }

            dossier.ResultKind = kind;
            dossier.ResultPushedToPersonalStore = pushToPersonalStore;
            if (signed is not null)
            {
                await attach.Stored(dossier, null, signed, ComponentOrigin.Upload, ct);
            }

            return null;
        }, ct);
    }

    /// <summary>The electronic result as it will be kept (signed here if it came unsigned and the office can sign) and its verified signature.</summary>
    private async Task<Outcome<(UploadedFile File, ResultSignature Signature)>> VerifiedAsync(UploadedFile file, CancellationToken ct)
    {
        var check = verifier.Verify(file.Content);
        if (!check.HasSignature && signer.Enabled)
        {
            var signed = await signer.SignAsync(file.Content, ct);
            if (signed.Failed)
            {
                return signed.Error;
            }

            file = file with { Content = signed.Value };
            check = verifier.Verify(file.Content);
        }

        return check.Signature is { } signature ? (file, signature) : check.Refusal();
    }

    /// <summary>The API's camelCase names only (no numbers, no other spelling); none given is a paper result.</summary>
    private static ResultKind? Kind(string? name) => string.IsNullOrWhiteSpace(name)
        ? ResultKind.Paper
        : Enum.GetValues<ResultKind>().Cast<ResultKind?>().FirstOrDefault(k => JsonNamingPolicy.CamelCase.ConvertName(k!.Value.ToString()) == name.Trim());
}
