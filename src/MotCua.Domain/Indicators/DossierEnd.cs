namespace MotCua.Domain.Indicators;

/// <summary>
/// How a received dossier's processing ended (INDICATORS-766.md 2.1): resolved (đã xử lý xong) comes first, then the
/// result returned, then refused or withdrawn — whichever happened first ends it.
/// </summary>
public enum DossierEnd
{
    Resolved,
    Returned,
    Refused,
    Withdrawn,
}
