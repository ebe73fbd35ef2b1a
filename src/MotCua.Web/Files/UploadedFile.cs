using System.Text;
using MotCua.Web.Common;

namespace MotCua.Web.Files;

/// <summary>
/// An uploaded file that passed the checks every attachment goes through: present, not empty, not
/// larger than the limit (read no further than that), and by its content one of the accepted types.
/// </summary>
public sealed record UploadedFile(byte[] Content, FileType Type, string FileName)
{
    private const int MaxNameLength = 100;

    public static async Task<Outcome<UploadedFile>> ReadAsync(IFormFile? file, long limit, IReadOnlyList<FileType> accepted, CancellationToken ct)
    {
        if (file is null)
        {
            return Error.Validation("file", new("Chưa chọn tệp.", "No file was chosen."));
        }

        await using var stream = file.OpenReadStream();
        var read = await BoundedBody.ReadAsync(stream, limit, ct);
        if (read.Failed)
        {
            return read.Error;
        }

        if (read.Value.Length == 0)
        {
            return new Error("empty-file", StatusCodes.Status400BadRequest, new("Tệp rỗng", "Empty file"), new("Tệp tải lên không có nội dung.", "The uploaded file has no content."));
        }

        if (FileType.Of(read.Value, accepted) is not { } type)
        {
            var names = string.Join(", ", accepted.Select(t => t.Name));
            return new Error(
                "unsupported-file-type", StatusCodes.Status415UnsupportedMediaType, new("Loại tệp không được chấp nhận", "File type not accepted"),
                new($"Chỉ nhận tệp {names}; nội dung tệp này không phải loại nào trong số đó, dù tên tệp là gì.", $"Only {names} files are accepted; whatever its name, this file's content is none of them."));
        }

        return new UploadedFile(read.Value, type, SafeName(file.FileName, type));
    }

    /// <summary>
    /// The applicant's file name as it will be offered for download: no folders, only letters, digits and a few
    /// marks, at most 100 characters, and the extension of what the file really is.
    /// </summary>
    public static string SafeName(string? name, FileType type)
    {
        var bare = Path.GetFileNameWithoutExtension((name ?? string.Empty).Replace('\\', '/')).Normalize(NormalizationForm.FormC);
        var kept = new string(bare.Select(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.' or '(' or ')' ? c : '_').ToArray()).Trim(' ', '.');
        return (kept.Length == 0 ? "tep" : kept[..Math.Min(kept.Length, MaxNameLength)]) + type.Extension;
    }
}
