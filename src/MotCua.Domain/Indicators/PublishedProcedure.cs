namespace MotCua.Domain.Indicators;

/// <summary>
/// A procedure in a publication decision: the latest effective date of its legal basis (1.1) and the day it was
/// disclosed on the national procedure database (1.2; null while it is not).
/// </summary>
public sealed record PublishedProcedure(string ProcedureCode, DateOnly LegalBasisEffectiveOn, DateOnly? DisclosedOn);
