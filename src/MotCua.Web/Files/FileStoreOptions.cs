namespace MotCua.Web.Files;

/// <summary>The "Files" configuration section: where attachments are kept and how large one may be.</summary>
public sealed class FileStoreOptions
{
    public const string Section = "Files";

    /// <summary>The store's folder; a relative path is under the application's content root.</summary>
    public string Root { get; set; } = "data/files";

    /// <summary>The largest file accepted: a scanned paper or a signed result, not an archive.</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}
