namespace MotCua.Domain.Indicators;

/// <summary>
/// Every fact the index of one unit is computed from: its procedures (as the catalog stood at the end of the period),
/// the publication decisions, its received dossiers and its feedback. A period's formulas pick what they need; the
/// facts may reach before the period (carried-over dossiers, decisions whose disclosure is due in it).
/// </summary>
public sealed record IndexFacts
{
    public IReadOnlyList<ProcedureFacts> Procedures { get; init; } = [];

    public IReadOnlyList<PublicationFacts> Publications { get; init; } = [];

    public IReadOnlyList<DossierFacts> Dossiers { get; init; } = [];

    public IReadOnlyList<FeedbackFacts> Feedback { get; init; } = [];

    public static IndexFacts Empty { get; } = new();

    /// <summary>The dossiers received in <paramref name="period"/>: the denominator of most of groups 1, 3, 4 and 5.</summary>
    public IEnumerable<DossierFacts> ReceivedIn(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Dossiers.Where(d => period.Contains(d.ReceivedAt));
    }

    /// <summary>The procedure of a dossier.</summary>
    /// <exception cref="InvalidOperationException">The dossier's procedure is not among <see cref="Procedures"/>.</exception>
    public ProcedureFacts ProcedureOf(DossierFacts dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return Procedures.FirstOrDefault(p => p.Code == dossier.ProcedureCode)
            ?? throw new InvalidOperationException($"Dossier {dossier.Code} is of procedure {dossier.ProcedureCode}, which the facts do not hold.");
    }
}
