namespace MotCua.Domain.Catalog;

/// <summary>Đối tượng thực hiện: who may apply (Decree 63/2010 art. 8(2)); 4.5a counts the procedures for citizens.</summary>
[Flags]
public enum ProcedureSubjects
{
    None = 0,
    Citizens = 1,
    Organizations = 2,
}
