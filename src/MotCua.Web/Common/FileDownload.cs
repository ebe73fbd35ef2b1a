using Microsoft.Net.Http.Headers;

namespace MotCua.Web.Common;

/// <summary>A file answered for download (a printed paper, an export), with the name it is saved under.</summary>
public sealed record FileDownload(byte[] Content, string ContentType, string FileName)
{
    /// <summary>
    /// A paper to print: the browser shows it in its own viewer (a new tab with its print button) instead of saving it,
    /// so that the officer prints at once rather than hunting for the downloaded file (issue 18 §11).
    /// </summary>
    public bool Inline { get; init; }

    /// <summary>
    /// The name to save the file under; for a paper shown <see cref="Inline"/>, none: its Content-Disposition (inline,
    /// with the name the viewer saves it under) is written to <paramref name="response"/> here.
    /// </summary>
    public string? DownloadName(HttpResponse response)
    {
        if (!Inline)
        {
            return FileName;
        }

        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        return null;
    }
}
