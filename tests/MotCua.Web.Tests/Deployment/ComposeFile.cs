namespace MotCua.Web.Tests.Deployment;

/// <summary>deploy/compose.yaml of the repository, read as far as the tests need it.</summary>
public static class ComposeFile
{
    public static string Path { get; } = Find(AppContext.BaseDirectory);

    /// <summary>
    /// The application's settings of the nodes' shared environment (the <c>x-app-environment</c> block): the names
    /// with a <c>__</c>, as the application reads them (<c>Files__Root</c> is <c>Files:Root</c>). The others
    /// (<c>MOTCUA_*</c>, <c>TZ</c>) are the image's entrypoint's or the runtime's.
    /// </summary>
    public static IReadOnlyList<string> ApplicationSettings() =>
        File.ReadLines(Path)
            .SkipWhile(line => !line.StartsWith("x-app-environment:", StringComparison.Ordinal))
            .Skip(1)
            .TakeWhile(line => line.StartsWith(' ') || line.Length == 0)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line[..line.IndexOf(':', StringComparison.Ordinal)])
            .Where(name => name.Contains("__", StringComparison.Ordinal))
            .Select(name => name.Replace("__", ":", StringComparison.Ordinal))
            .ToList();

    private static string Find(string folder) =>
        System.IO.Path.Combine(folder, "deploy", "compose.yaml") is var path && File.Exists(path) ? path
        : Directory.GetParent(folder) is { } parent ? Find(parent.FullName)
        : throw new FileNotFoundException("deploy/compose.yaml is not above the test's folder.");
}
