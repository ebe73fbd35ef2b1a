namespace MotCua.Web.Documents;

/// <summary>The "Documents" configuration section.</summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>The system Chromium (Debian package); Playwright never downloads a browser here.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>Pages printing at once; each holds a renderer process (~60 MB), and the machine has 2 cores.</summary>
    public int Pages { get; set; } = 2;
}
