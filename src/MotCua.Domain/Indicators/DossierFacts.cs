using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Indicators;

/// <summary>
/// What the index needs to know of one received dossier, as plain values, so that any period can be computed from
/// them: the web part builds them from its rows with <see cref="DossierFactsBuilder.From"/>. Dossiers never received
/// (submitted online and refused or withdrawn at the desk) have no facts: the index counts received dossiers only.
/// </summary>
public sealed record DossierFacts : IIndexSubject
{
    public required string Code { get; init; }

    public SubjectKind SubjectKind => SubjectKind.Dossier;

    public required string ProcedureCode { get; init; }

    public IntakeChannel Channel { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The due instant and every later move of it, in order; the first is at receipt.</summary>
    public required IReadOnlyList<DueChange> Dues { get; init; }

    public IReadOnlyList<DossierStop> Stops { get; init; } = [];

    /// <summary>When processing ended (<see cref="End"/>); null while it goes on.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    public DossierEnd? End { get; init; }

    /// <summary>An apology letter (Mẫu 04) was sent: shown on late lists, never makes the dossier on time.</summary>
    public bool Apologized { get; init; }

    public ResultKind? Result { get; init; }

    /// <summary>The electronic result carries a digital signature that was verified (<see cref="ResultSignature"/>).</summary>
    public bool ResultSigned { get; init; }

    public bool ResultPushedToPersonalStore { get; init; }

    /// <summary>Where each received component's file came from; <see cref="ComponentOrigin.Paper"/> when none was made.</summary>
    public IReadOnlyList<ComponentOrigin> Components { get; init; } = [];

    public bool Vneid { get; init; }

    public DateTimeOffset? SynchronizedAt { get; init; }

    public IReadOnlyList<Payment> Payments { get; init; } = [];

    public bool FeeExempt { get; init; }

    public SatisfactionLevel? Rating { get; init; }

    /// <summary>A feedback (PAKN) names this dossier (5.4).</summary>
    public bool Complained { get; init; }

    /// <summary>The due instant in force at <paramref name="instant"/>.</summary>
    public DateTimeOffset DueAt(DateTimeOffset instant) =>
        Dues.LastOrDefault(d => d.At <= instant)?.DueAt ?? Dues[0].DueAt;

    /// <summary>Supplement requests made before <paramref name="instant"/>.</summary>
    public int SupplementRequestsBefore(DateTimeOffset instant) => Stops.Count(s => s.Supplement && s.At < instant);

    /// <summary>
    /// Issued as a signed electronic document (an electronic certified copy is one): an unsigned file has no legal
    /// value as a result, so it does not count whatever kind it was filed as.
    /// </summary>
    public bool HasElectronicResult => ResultSigned && (Result is ResultKind.Electronic or ResultKind.ECertifiedCopy);

    public bool PaidOnline => Payments.Any(p => p.Online && p.Amount > 0);
}
