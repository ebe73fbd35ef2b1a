namespace MotCua.Web.Features.Integrity;

/// <summary>What the verification of every chain found: how much it checked, which chains were sealed as found, and the first broken link of each broken chain.</summary>
public sealed record IntegrityReport(DateTimeOffset CheckedAt, int Chains, long Records, int Anchors, IReadOnlyList<SealedChains> Sealed, IReadOnlyList<ChainBreak> Breaks)
{
    public bool Intact => Breaks.Count == 0;
}

/// <summary>Chains of records written before chaining existed, chained as they were found on that day: what came before is not proven.</summary>
public sealed record SealedChains(DateOnly On, int Chains);

/// <summary>
/// The first broken link of a chain: the chain (<c>dossier:{id}</c>, <c>units</c>, <c>anchors</c>), the dossier's code
/// for a dossier, the record's number, and the kind of break (see <see cref="BreakKinds"/>).
/// </summary>
public sealed record ChainBreak(string Chain, string? DossierCode, int Sequence, string Kind, string Detail);
