using MotCua.Web.Common;
using MotCua.Web.Documents.Templates;
using MotCua.Web.Signing;

namespace MotCua.Web.Documents;

/// <summary>
/// The papers of a dossier (one-stop forms, courtesy letters) as printable HTML pages and as PDFs. Each carries a QR code
/// to the dossier's public lookup, so every template takes the document and that link. Every paper the office issues is
/// signed with the unit's certificate once printed (ADR 0018), when signing is configured.
/// </summary>
public sealed class DossierPdf(DocumentRenderer renderer, PdfPrinter printer, DocumentSigner signer, PublicAddress site)
{
    public Task<string> RenderHtmlAsync<TTemplate, TDocument>(TDocument document, string dossierCode)
        where TTemplate : DossierTemplate<TDocument> =>
        renderer.RenderAsync<TTemplate>(new Dictionary<string, object?>
        {
            [nameof(DossierTemplate<TDocument>.Document)] = document,
            [nameof(DossierTemplate<TDocument>.LookupUrl)] = site.Lookup(dossierCode),
        });

    public async Task<Outcome<byte[]>> PrintAsync<TTemplate, TDocument>(TDocument document, string dossierCode, CancellationToken ct)
        where TTemplate : DossierTemplate<TDocument> =>
        await signer.SignAsync(await printer.PrintAsync(await RenderHtmlAsync<TTemplate, TDocument>(document, dossierCode), ct), ct);
}
