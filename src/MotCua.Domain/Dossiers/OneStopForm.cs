namespace MotCua.Domain.Dossiers;

/// <summary>
/// The papers of the one-stop mechanism that a circular of the Government Office gives a form for; which number and
/// title each has depends on the <see cref="FormEdition"/> in force (see <see cref="FormEditions"/>).
/// </summary>
public enum OneStopForm
{
    /// <summary>Giấy tiếp nhận hồ sơ và hẹn trả kết quả.</summary>
    Receipt,

    /// <summary>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.</summary>
    SupplementRequest,

    /// <summary>Phiếu từ chối tiếp nhận giải quyết hồ sơ.</summary>
    Refusal,

    /// <summary>The paper of a unit that will be late: an apology with a new appointment, or from 2025 with a request to extend.</summary>
    Apology,

    /// <summary>Phiếu kiểm soát quá trình giải quyết hồ sơ.</summary>
    ControlSheet,

    /// <summary>Sổ theo dõi hồ sơ.</summary>
    Register,
}
