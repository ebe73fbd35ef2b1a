using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using MotCua.Web.Common;
using PdfSharp.Pdf.IO;

namespace MotCua.Web.Signing;

/// <summary>
/// The one place where the office's PDFs are signed, right after printing (papers of a dossier, report submissions,
/// issued reports) or on issuing an unsigned electronic result. With <c>Signing:Provider</c> none the documents go out
/// unsigned, as before, and an electronic result can only be one uploaded already signed.
/// </summary>
public sealed class DocumentSigner(IEnumerable<ISignatureSource> sources, IOptions<SigningOptions> options, TimeProvider clock, ILogger<DocumentSigner> logger)
{
    private readonly ISignatureSource? source = sources.SingleOrDefault();

    public bool Enabled => source is not null;

    public async Task<Outcome<byte[]>> SignAsync(byte[] pdf, CancellationToken ct)
    {
        if (source is null)
        {
            return pdf;
        }

        try
        {
            var settings = options.Value;
            return await PadesSigner.SignAsync(pdf, SignerName(source.Certificate), clock.GetUtcNow(), new(settings.Font, settings.BoldFont, settings.Location), source.CmsAsync, ct);
        }
        catch (Exception e) when (e is PdfReaderException or InvalidOperationException or NotSupportedException)
        {
            // PDFsharp's answers to a file it cannot read or rewrite: the upload's fault, not the key's.
            return Error.Rule(new Text("Không ký số được tệp này vì không đọc được tệp PDF: {0}", "This file cannot be signed, as its PDF cannot be read: {0}").Format(e.Message));
        }
        catch (SigningFailedException e)
        {
            logger.LogError(e, "A document could not be signed");
            return Error.Upstream(new Text("Không ký số được văn bản: {0}", "The document could not be signed: {0}").Format(e.Message));
        }
    }

    /// <summary>The unit as its certificate names it: the organization, else the common name.</summary>
    public static string SignerName(X509Certificate2 certificate) =>
        certificate.SubjectName.EnumerateRelativeDistinguishedNames().FirstOrDefault(r => r.GetSingleElementType().Value == "2.5.4.10")?.GetSingleElementValue()
        ?? certificate.GetNameInfo(X509NameType.SimpleName, false);
}
