namespace MotCua.Domain.Dossiers;

/// <summary>Mức độ hài lòng (DOMAIN.md §6): the rate is satisfied-or-better over rated dossiers.</summary>
public enum SatisfactionLevel
{
    VerySatisfied,
    Satisfied,
    Unsatisfied,
}
