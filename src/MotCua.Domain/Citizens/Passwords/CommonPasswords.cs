namespace MotCua.Domain.Citizens.Passwords;

/// <summary>
/// The passwords attackers try first (NIST SP 800-63B §5.1.1.2: "passwords obtained from previous breach corpuses,
/// dictionary words, repetitive or sequential characters"): the 20,000 most common ones in breach corpora, as Django
/// ships them (Royce Williams' list, BSD-3-Clause), words and phrases Vietnamese users pick (<c>matkhau</c>,
/// <c>anhyeuem</c>), and the syllables of common Vietnamese names, since a name with digits (<c>minhhoang1990</c>) is
/// as common there as <c>password1</c> is in English.
/// </summary>
internal static class CommonPasswords
{
    // A base word shorter than this left after removing digits and symbols ("ab" of "ab83920174") is not a word.
    private const int MinBaseWord = 4;

    private static readonly Lazy<HashSet<string>> Known = new(() => [.. Lines("common-passwords.txt").Concat(Lines("common-passwords-vi.txt")).Select(Folded.Of)]);

    private static readonly Lazy<HashSet<string>> NameSyllables = new(() => [.. Lines("vietnamese-names.txt")]);

    /// <summary>
    /// True for a listed password, the same with digits and symbols added around or inside a listed word
    /// (<c>Password2024!</c>), common names run together with digits, and runs of a few repeated or consecutive characters.
    /// </summary>
    public static bool Contains(string password)
    {
        var folded = Folded.Of(password);
        var letters = Folded.Letters(folded);
        return Known.Value.Contains(folded)
            || (letters.Length >= MinBaseWord && (Known.Value.Contains(letters) || Folded.IsMadeOf(letters, NameSyllables.Value)))
            || folded.Distinct().Count() < 4
            || IsRun(folded);
    }

    /// <summary>"0123456789", "abcdefghij", "9876543210": each character one after or one before the previous.</summary>
    private static bool IsRun(string folded)
    {
        var steps = folded.Zip(folded.Skip(1), (a, b) => b - a).Distinct().ToList();
        return steps is [1] or [-1];
    }

    private static string[] Lines(string resource)
    {
        var name = $"MotCua.Domain.Citizens.{resource}";
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
