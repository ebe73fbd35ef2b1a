using Microsoft.Extensions.Options;
using MotCua.Web.Documents.Models;
using MotCua.Web.Documents.Templates;

namespace MotCua.Web.Documents;

/// <summary>The receipt and appointment (Mẫu 01) as a printable HTML page and as a PDF.</summary>
public sealed class ReceiptPdf(DocumentRenderer renderer, PdfPrinter printer, IOptions<DocumentOptions> options)
{
    public Task<string> RenderHtmlAsync(ReceiptDocument receipt) =>
        renderer.RenderAsync<Receipt>(new Dictionary<string, object?>
        {
            [nameof(Receipt.Document)] = receipt,
            [nameof(Receipt.LookupUrl)] = LookupUrl(receipt.DossierCode),
        });

    public async Task<byte[]> PrintAsync(ReceiptDocument receipt, CancellationToken ct) =>
        await printer.PrintAsync(await RenderHtmlAsync(receipt), ct);

    /// <summary>The public lookup page of a dossier, /tra-cuu/{code}, on the site's public address.</summary>
    public Uri LookupUrl(string dossierCode)
    {
        var site = options.Value.PublicBaseUrl.ToString();
        // Without a trailing slash a base path would be replaced, not extended.
        return new Uri(new Uri(site.EndsWith('/') ? site : site + "/"), "tra-cuu/" + Uri.EscapeDataString(dossierCode));
    }
}
