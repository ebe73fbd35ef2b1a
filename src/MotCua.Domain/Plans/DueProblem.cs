namespace MotCua.Domain.Plans;

/// <param name="Kind">Stable reason, mapped to a problem type and its vi/en title by the web layer.</param>
/// <param name="Detail">What exactly is wrong, naming the offending date, rule part or text.</param>
public sealed record DueProblem(DueProblemKind Kind, string Detail);
