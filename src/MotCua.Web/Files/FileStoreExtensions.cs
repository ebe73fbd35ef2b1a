using MotCua.Domain.Files;
using MotCua.Web.Common;

namespace MotCua.Web.Files;

/// <summary>Keeping a checked upload and giving it back, the same way for every row that holds a file.</summary>
public static class FileStoreExtensions
{
    public static Task<StoredFile> KeepAsync(this IFileStore store, UploadedFile upload, CancellationToken ct) =>
        store.KeepAsync(upload.Content, upload.Type.MediaType, upload.FileName, ct);

    /// <summary>A file the product made itself (a printed report), under the name it is offered for download with.</summary>
    public static async Task<StoredFile> KeepAsync(this IFileStore store, byte[] content, string mediaType, string fileName, CancellationToken ct) =>
        new(await store.SaveAsync(content, ct), content.Length, mediaType, fileName);

    public static async Task<FileDownload> DownloadAsync(this IFileStore store, StoredFile file, CancellationToken ct) =>
        new(await store.ReadAsync(file.Sha256, ct), file.MediaType, file.FileName);
}
