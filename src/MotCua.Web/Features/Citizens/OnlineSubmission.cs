namespace MotCua.Web.Features.Citizens;

/// <summary>
/// What a citizen sends to submit online (multipart, the page's form and the API alike): the resolving unit, and for
/// the procedure's component number <c>i</c> (from 0, in the catalog's order) either a file <c>file{i}</c> or the id
/// of an earlier document to reuse <c>reuse{i}</c>.
/// </summary>
public sealed record OnlineSubmission(string? UnitCode, IReadOnlyDictionary<int, IFormFile> Files, IReadOnlyDictionary<int, string> Reuses)
{
    public static OnlineSubmission From(IFormCollection form) => new(
        form["unitCode"].ToString(),
        form.Files.Select(f => (Index: Index(f.Name, "file"), File: f)).Where(x => x.Index is not null && x.File.Length > 0).ToDictionary(x => x.Index!.Value, x => x.File),
        form.Keys.Select(k => (Index: Index(k, "reuse"), Value: form[k].ToString())).Where(x => x.Index is not null && x.Value.Length > 0).ToDictionary(x => x.Index!.Value, x => x.Value));

    private static int? Index(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(name.AsSpan(prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : null;
}
