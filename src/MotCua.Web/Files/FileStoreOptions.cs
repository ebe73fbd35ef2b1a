namespace MotCua.Web.Files;

/// <summary>The "Files" configuration section: where attachments are kept and how large one may be.</summary>
public sealed class FileStoreOptions
{
    public const string Section = "Files";

    /// <summary>The store's folder; a relative path is under the application's content root.</summary>
    public string Root { get; set; } = "data/files";

    /// <summary>The largest file accepted: a scanned paper or a signed result, not an archive.</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// How long a file no row names is kept before the sweep removes it: long enough for the row of a file being
    /// saved (the bytes go first) to be written.
    /// </summary>
    public TimeSpan UnnamedGrace { get; set; } = TimeSpan.FromDays(1);
}
