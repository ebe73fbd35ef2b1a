using System.Globalization;

namespace MotCua.Domain.Feedback;

/// <summary>
/// Mã phản ánh: <c>PAKN-&lt;yyMMdd&gt;-&lt;sequence&gt;</c>, e.g. <c>PAKN-250303-0001</c>. One sequence per day for
/// the whole installation, not per agency as dossier codes: a citizen may send feedback without knowing which unit is
/// responsible, so the code is issued before the feedback is routed (docs/decisions/0020-feedback-codes.md).
/// </summary>
public readonly record struct FeedbackCode(DateOnly Date, int Sequence)
{
    public const string Prefix = "PAKN";

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{Date:yyMMdd}-{Sequence:D4}");
}
