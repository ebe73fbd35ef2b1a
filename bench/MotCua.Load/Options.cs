using System.Globalization;

namespace MotCua.Load;

/// <summary>Command-line options as <c>--name value</c> pairs.</summary>
public sealed class Options
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public static Options Parse(string[] args)
    {
        var options = new Options();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options.values[args[i].TrimStart('-')] = args[i + 1];
        }

        return options;
    }

    public string Text(string name, string? fallback = null) =>
        values.TryGetValue(name, out var value) ? value : fallback ?? throw new ArgumentException($"--{name} is required.");

    public int Number(string name, int fallback) =>
        values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
