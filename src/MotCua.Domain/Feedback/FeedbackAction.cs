namespace MotCua.Domain.Feedback;

/// <summary>What an officer can do to a feedback; every one is appended as a <see cref="FeedbackEvent"/>.</summary>
public enum FeedbackAction
{
    /// <summary>Chuyển xử lý: routes the feedback to the responsible unit (triage by the KSTTHC office or a leader).</summary>
    Assign,

    /// <summary>Đề nghị bổ sung thông tin: asks the sender for more; the answer time stops.</summary>
    RequestInformation,

    /// <summary>Nhận thông tin bổ sung: the sender answered; the answer time runs again.</summary>
    ReceiveInformation,

    Answer,

    Publish,

    Refuse,

    Close,
}
