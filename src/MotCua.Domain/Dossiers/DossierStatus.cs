namespace MotCua.Domain.Dossiers;

/// <summary>
/// Where a dossier (hồ sơ) stands in the one-stop process (DOMAIN.md §4; Decree 61/2018 arts. 15–20).
/// Stored by name, so members may be added but never renamed.
/// </summary>
public enum DossierStatus
{
    /// <summary>Chờ tiếp nhận: sent online, not yet checked by the one-stop desk; the time limit has not started.</summary>
    Submitted,

    /// <summary>Đang giải quyết, including an inter-agency (liên thông) step at another unit.</summary>
    InProgress,

    /// <summary>Chờ bổ sung: the applicant was asked (once, fully: Decree 61/2018 art. 15) to complete the dossier.</summary>
    WaitingSupplement,

    /// <summary>Tạm dừng theo quy định: stopped by a rule of law; the time limit does not run.</summary>
    Paused,

    /// <summary>Lãnh đạo đã phê duyệt: signed by the leader, the result is not issued yet.</summary>
    Approved,

    /// <summary>Đã có kết quả, chờ trả: resolved (đã xử lý xong), waiting for the applicant to collect it.</summary>
    ResultIssued,

    /// <summary>Đã trả kết quả: final.</summary>
    Returned,

    /// <summary>Từ chối (Mẫu 03 at intake, or a written refusal during processing): final.</summary>
    Refused,

    /// <summary>Rút hồ sơ at the applicant's request: final.</summary>
    Withdrawn,
}
