namespace MotCua.Domain.Dossiers;

/// <summary>How the result was issued: on paper, as an electronic result, or as an electronic certified copy.</summary>
public enum ResultKind
{
    Paper,
    Electronic,
    ECertifiedCopy,
}
