namespace MotCua.Domain.Feedback;

/// <summary>
/// What a phản ánh, kiến nghị is about (Decree 20/2008/NĐ-CP art. 3; INDICATORS-766.md 5.1 counts each kind).
/// Stored by name, so members may be added but never renamed.
/// </summary>
public enum FeedbackKind
{
    /// <summary>Về quy định hành chính: a rule, a procedure's content, its components, fees or time limit.</summary>
    Regulation,

    /// <summary>Về hành vi hành chính: how an officer behaved or how a dossier was handled.</summary>
    Handling,
}
