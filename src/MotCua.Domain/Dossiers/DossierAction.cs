namespace MotCua.Domain.Dossiers;

/// <summary>What an officer (or the applicant, for <see cref="Withdraw"/>) does to a dossier; see <see cref="DossierWorkflow"/>.</summary>
public enum DossierAction
{
    /// <summary>Tiếp nhận: the desk accepts a complete dossier and issues the receipt (Mẫu 01).</summary>
    Receive,

    /// <summary>Phân công: hand the dossier to a specialist of the same unit.</summary>
    Assign,

    /// <summary>Chuyển: hand the dossier to the next step or another unit (recorded on the control sheet, Mẫu 05).</summary>
    Transfer,

    /// <summary>Hoàn thành bước: one internal step is done.</summary>
    CompleteStep,

    /// <summary>Yêu cầu bổ sung (Mẫu 02).</summary>
    RequestSupplement,

    /// <summary>Nhận bổ sung: the applicant brought the missing components.</summary>
    ReceiveSupplement,

    /// <summary>Tạm dừng theo quy định.</summary>
    Pause,

    /// <summary>Tiếp tục after a pause.</summary>
    Resume,

    /// <summary>Từ chối, with a reason (Mẫu 03).</summary>
    Refuse,

    /// <summary>Phê duyệt by the leader.</summary>
    Approve,

    /// <summary>Ban hành kết quả (paper and/or electronic result).</summary>
    IssueResult,

    /// <summary>Trả kết quả to the applicant.</summary>
    ReturnResult,

    /// <summary>Rút hồ sơ at the applicant's request.</summary>
    Withdraw,

    /// <summary>Xin lỗi và hẹn lại ngày trả (Mẫu 04, Circular 01/2018): the state does not change.</summary>
    Apologize,
}
