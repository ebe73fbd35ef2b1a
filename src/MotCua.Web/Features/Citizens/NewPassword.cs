using MotCua.Domain.Citizens;
using MotCua.Domain.Citizens.Passwords;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Citizens;

/// <summary>A password a citizen chooses (registration, change, reset), checked by <see cref="PasswordRule"/> and the refusal worded.</summary>
public static class NewPassword
{
    /// <summary>What the forms say before he types.</summary>
    public static readonly Text Hint = new Text(
        "Ít nhất {0} ký tự; có thể là một câu có dấu, có khoảng trắng. Không dùng mật khẩu phổ biến (12345678, matkhau…) hay họ tên, thư điện tử, số điện thoại, số định danh của mình.",
        "At least {0} characters; a sentence with spaces works well. Not a common password (12345678, password…) nor your name, e-mail, phone or ID number.")
        .Format(PasswordRule.MinLength);

    /// <summary>null when <paramref name="password"/> may be used; else why not.</summary>
    public static Text? Refusal(string? password, PasswordOwner owner) => PasswordRule.Check(password, owner) switch
    {
        null => null,
        PasswordProblem.Length => new Text("Mật khẩu cần từ {0} đến {1} ký tự.", "The password needs {0} to {1} characters.").Format(PasswordRule.MinLength, PasswordRule.MaxLength),
        PasswordProblem.Personal => new("Mật khẩu không được chứa họ tên, thư điện tử, số điện thoại hoặc số định danh của chính ông/bà.", "The password must not contain your own name, e-mail, phone number or ID number."),
        _ => new("Mật khẩu này quá phổ biến hoặc dễ đoán (dãy số, từ thông dụng, tên kèm số); hãy chọn mật khẩu khác, ví dụ một câu dễ nhớ.", "This password is too common or easy to guess (a run of digits, a common word, a name with digits); choose another, such as a sentence you remember."),
    };

    public static PasswordOwner OwnerOf(Citizen citizen) => new(citizen.FullName, citizen.Email, citizen.Phone, citizen.IdNumber);
}
