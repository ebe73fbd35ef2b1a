namespace MotCua.Domain.Indicators;

/// <summary>
/// Facts about a dossier the index needs that intake and processing do not record yet (the web part adds them):
/// whether every fee line of this dossier was exempted (3.6 leaves it out), and whether its electronic result was
/// pushed to the applicant's personal data store (4.4).
/// </summary>
public sealed record UnrecordedDossierFacts(bool FeeExempt = false, bool ResultPushedToPersonalStore = false);
