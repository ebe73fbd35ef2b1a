using MotCua.Domain.Dossiers;
using MotCua.Web.Common;

namespace MotCua.Web.Signing;

/// <summary>What <see cref="PdfSignatureVerifier"/> found: no signature, a signature that failed (and why), or a valid one and its signer.</summary>
public sealed record SignatureCheck(bool HasSignature, ResultSignature? Signature, Text? Failure)
{
    public static readonly SignatureCheck Missing = new(false, null, new Text(
        "Tệp không có chữ ký số: kết quả điện tử phải được ký số.", "The file carries no digital signature: an electronic result must be digitally signed."));

    public bool IsValid => Signature is not null;

    public static SignatureCheck Valid(ResultSignature signature) => new(true, signature, null);

    public static SignatureCheck Broken(Text failure) => new(true, null, failure);

    /// <summary>The 422 answer for a file refused as an electronic result.</summary>
    public Error Refusal() => new(
        HasSignature ? "signature-invalid" : "signature-missing", StatusCodes.Status422UnprocessableEntity,
        HasSignature ? new Text("Chữ ký số không hợp lệ", "The digital signature is not valid") : new Text("Thiếu chữ ký số", "No digital signature"),
        Failure);
}
