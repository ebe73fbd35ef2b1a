namespace MotCua.Domain.Catalog;

/// <summary>Cấp thẩm quyền giải quyết.</summary>
public enum ProcedureLevel
{
    Province,
    District,
    Commune,
}
