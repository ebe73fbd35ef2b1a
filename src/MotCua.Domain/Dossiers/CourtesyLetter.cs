namespace MotCua.Domain.Dossiers;

/// <summary>
/// The letters a commune (or the district's justice division) sends with the result of a civil-status registration
/// (seed 000, Phụ lục I, Mẫu 2–4); which procedures send which is data, see <see cref="CourtesyLetters"/>.
/// </summary>
public enum CourtesyLetter
{
    /// <summary>Thư chúc mừng đăng ký kết hôn (Mẫu 2).</summary>
    MarriageCongratulation,

    /// <summary>Thư chúc mừng có thêm thành viên mới, with a birth registration (Mẫu 3).</summary>
    BirthCongratulation,

    /// <summary>Thư chia buồn, with a death registration (Mẫu 4).</summary>
    Condolence,
}
